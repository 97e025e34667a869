"""The record opens with what happened and its impact, as written in the set-up."""

import datetime as dt
from dataclasses import replace

from record_data import whole_review

from facilitator.domain.review import Review
from facilitator.export.record import record_markdown

REVIEW = Review("INC-2417", "Checkout failures", dt.date(2026, 10, 14))


def _opening(review: Review) -> str:
    """The record from its title up to the incident's details."""
    record = record_markdown(replace(whole_review(), review=review))
    return record[record.index("\n# ") : record.index("\n## The incident")]


def test_the_summary_and_impact_come_before_the_incident_and_timeline():
    """Paragraphs as typed; each impact part on its own line, its label in bold."""
    review = replace(REVIEW, summary="Checkout failed.\n\nThe pool was smaller.", impact="Who: buyers\nHow long: 70 min\n47 payments")
    opening = _opening(review)
    assert "## Summary\n\nCheckout failed.\n\nThe pool was smaller.\n\n## Impact\n\n" in opening
    assert opening.endswith("**Who:** buyers  \n**How long:** 70 min  \n47 payments\n")


def test_a_review_set_up_without_them_says_so_once():
    opening = _opening(REVIEW)
    assert "## Summary and impact\n\nNo summary or impact was written when the review was set up." in opening
    assert "## Impact" not in opening


def test_an_impact_without_a_summary_says_the_summary_is_missing():
    opening = _opening(replace(REVIEW, impact="Everyone"))
    assert "## Summary\n\nNo summary was written when the review was set up.\n\n## Impact\n\nEveryone" in opening


def test_a_web_address_in_the_impact_is_not_read_as_a_label():
    """'https://status.example.com' has a colon but no label: it stays as typed."""
    opening = _opening(replace(REVIEW, summary="x", impact="See https://status.example.com for the figures"))
    assert "**" not in opening.split("## Impact")[1]
