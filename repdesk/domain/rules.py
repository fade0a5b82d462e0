"""The method's rules that turn facts into classifications."""

from __future__ import annotations

from repdesk.domain.enums import DifferentiationStrategy

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
