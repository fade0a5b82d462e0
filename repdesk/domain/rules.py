"""The method's rules that turn facts into classifications."""

from __future__ import annotations

from enum import StrEnum

from repdesk.domain.enums import CustomerStatus, DifferentiationStrategy

# Where the differentiation matrix splits its axes. Share is our percentage of
# the customer's purchases; quantity is what they will buy soon, in the rep's
# own units. Both are defaults a later settings page may expose.
HIGH_SHARE_PERCENT = 50.0
LARGE_UPCOMING_QUANTITY = 100.0


def differentiation_strategy(
    share_percent: float | None,
    upcoming_quantity: float | None,
    *,
    high_share: float = HIGH_SHARE_PERCENT,
    large_quantity: float = LARGE_UPCOMING_QUANTITY,
) -> DifferentiationStrategy | None:
    """差别化 matrix: None until both facts are known."""
    if share_percent is None or upcoming_quantity is None:
        return None
    high = share_percent >= high_share
    large = upcoming_quantity >= large_quantity
    if high and large:
        return DifferentiationStrategy.KEEP_CLOSE
    if high:
        return DifferentiationStrategy.MAINTAIN_OR_ACQUIRE
    if large:
        return DifferentiationStrategy.DEVELOP
    return DifferentiationStrategy.ACQUIRE_OR_ABANDON


class TimeTier(StrEnum):
    """The seed's three groups for the rep's time (八二开规则)."""

    VIP = "vip"  # closed customers of value tier VIP
    ORDINARY = "ordinary"  # the other closed customers: small, medium, large, or no tier yet
    POSSIBLE = "possible"  # possible customers: prospects, not closed yet


# (share of customers, share of the rep's time) the seed expects: VIP customers, about
# 10% of customers, deserve about 60% of the time; ordinary 30% / 30%; possible 60% / 10%.
TIER_GUIDE: dict[TimeTier, tuple[float, float]] = {
    TimeTier.VIP: (0.10, 0.60),
    TimeTier.ORDINARY: (0.30, 0.30),
    TimeTier.POSSIBLE: (0.60, 0.10),
}


def time_tier(status: CustomerStatus | str, *, vip: bool) -> TimeTier:
    """The tier a customer's time counts for, from its status and whether it is a VIP."""
    if status != CustomerStatus.CUSTOMER:
        return TimeTier.POSSIBLE
    return TimeTier.VIP if vip else TimeTier.ORDINARY
