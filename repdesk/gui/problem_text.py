"""The value rules' problem codes as sentences a rep reads beside a field or in a report."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from repdesk.domain.validation import Problem, ProblemCode


def problem_text(problem: Problem) -> str:
    """One sentence per code; lupdate reads each literal (no helper around translate())."""
    code = problem.code
    return {
        ProblemCode.REQUIRED: QCoreApplication.translate("Problems", "This cannot be empty."),
        ProblemCode.PHONE: QCoreApplication.translate(
            "Problems", "Not a phone number: use digits, spaces, +, - or brackets."
        ),
        ProblemCode.EMAIL: QCoreApplication.translate(
            "Problems", "Not an e-mail address (name@example.com)."
        ),
        ProblemCode.NOT_A_NUMBER: QCoreApplication.translate("Problems", "Not a number."),
        ProblemCode.NOT_WHOLE: QCoreApplication.translate("Problems", "Must be a whole number."),
        ProblemCode.NEGATIVE: QCoreApplication.translate("Problems", "Cannot be negative."),
        ProblemCode.TOO_LARGE: QCoreApplication.translate("Problems", "Too large."),
        ProblemCode.PERCENT: QCoreApplication.translate(
            "Problems", "Must be a percentage from 0 to 100."
        ),
        ProblemCode.NOT_A_DATE: QCoreApplication.translate(
            "Problems", "Not a date: write it as YYYY-MM-DD."
        ),
        ProblemCode.FUTURE_DATE: QCoreApplication.translate("Problems", "Cannot be in the future."),
        ProblemCode.TOO_OLD: QCoreApplication.translate(
            "Problems", "Too far in the past (before 1900)."
        ),
        ProblemCode.CURRENCY: QCoreApplication.translate(
            "Problems", "Use a three-letter currency code such as CNY, USD or EUR."
        ),
        ProblemCode.GRADE_FOR_CUSTOMER: QCoreApplication.translate(
            "Problems", "Grades A-D are for prospects; a closed customer has a value tier."
        ),
        ProblemCode.TIER_FOR_PROSPECT: QCoreApplication.translate(
            "Problems", "Value tiers are for closed customers; a prospect has a grade A-D."
        ),
        ProblemCode.NOT_A_CHOICE: QCoreApplication.translate(
            "Problems", "Not one of this field's choices."
        ),
        ProblemCode.NOT_YES_NO: QCoreApplication.translate("Problems", "Write yes or no."),
        ProblemCode.BAD_FORMAT: QCoreApplication.translate(
            "Problems", "Not in the format RepDesk exports."
        ),
        ProblemCode.EXTRA_VALUES: QCoreApplication.translate(
            "Problems",
            "The row has more values than the file has columns (a comma or quote out of place?).",
        ),
    }[code]
