"""'Still to learn' items as questions for the next visit, in the rep's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from repdesk.domain.sheet import LearnItem, LearnTopic


def learn_text(item: LearnItem) -> str:
    """One question; about a person when the item names one."""
    topic = item.topic
    text = {
        LearnTopic.COMPANY_NAME: QCoreApplication.translate(
            "StillToLearn", "What is the company's correct, full name? (ask reception)"
        ),
        LearnTopic.BUYER: QCoreApplication.translate("StillToLearn", "Who makes the purchase?"),
        LearnTopic.TITLE: QCoreApplication.translate(
            "StillToLearn", "What is %1's correct title? (ask colleagues by phone)"
        ),
        LearnTopic.WILLING_TO_TRY: QCoreApplication.translate(
            "StillToLearn", "Is %1 willing to try something new? (visit)"
        ),
        LearnTopic.DECISION_CONFIDENCE: QCoreApplication.translate(
            "StillToLearn", "Is %1 confident in deciding? (visit)"
        ),
        LearnTopic.HOBBIES: QCoreApplication.translate(
            "StillToLearn", "What are %1's hobbies? (chat, observe, ask others)"
        ),
        LearnTopic.INTERESTS: QCoreApplication.translate("StillToLearn", "What interests %1?"),
        LearnTopic.LIFESTYLE: QCoreApplication.translate("StillToLearn", "What is %1's lifestyle?"),
        LearnTopic.EDUCATION: QCoreApplication.translate("StillToLearn", "What is %1's education?"),
        LearnTopic.HOMETOWN: QCoreApplication.translate("StillToLearn", "Where did %1 grow up?"),
        LearnTopic.APPROVAL_PROCESS: QCoreApplication.translate(
            "StillToLearn", "How does a deal get approved?"
        ),
        LearnTopic.PURCHASING_PROCESS: QCoreApplication.translate(
            "StillToLearn", "How does purchasing run?"
        ),
        LearnTopic.USAGE_PROCESS: QCoreApplication.translate(
            "StillToLearn", "Who uses what we sell, and how?"
        ),
    }[topic]
    return text.replace("%1", item.person or "?")
