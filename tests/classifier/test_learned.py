"""The learned second opinion (triage/classifier/learned.py): what it may change, the
evidence it leaves, the names it reads as placeholders, and the model file itself."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import numpy as np
import pytest

from triage.classifier import InvitationInput, Verdict, classify, learned
from triage.classifier.engine import read_with_rules
from triage.classifier.evidence import HEADLINE, MESSAGE
from triage.classifier.types import Finding

from .helpers import PROFILE, judge

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO.parent / "shared" / "corpus"
needs_corpus = pytest.mark.skipif(
    not (CORPUS / "profiles.json").exists(), reason="shared corpus not available"
)

# Words a stub model knows with no weight, so that its "no" can be trusted on notes
# written with them (learned.MIN_KNOWN_WORDS).
PLAIN = (
    "hi hello zname zorg zschool zgroup zconn the at with for and it was to we you our do good firm"
)


def stub_model(weights: dict[str, dict[str, float]], bias: float = -3.0) -> learned.Model:
    """A model whose logit for a label is bias + (sum of its words' weights) / sqrt(n),
    n the number of known features in the note (every idf is 1)."""
    table = {word: {} for word in PLAIN.split()} | weights
    features = sorted(table)
    matrix = np.zeros((len(features), len(learned.LABELS) + 1))
    for row, feature in enumerate(features):
        for label, weight in table[feature].items():
            matrix[row, learned.LABELS.index(label)] = weight
    matrix[:, -1] = 1.0
    return learned.Model(
        labels=learned.LABELS,
        index={feature: row for row, feature in enumerate(features)},
        weights=matrix,
        bias=(bias,) * len(learned.LABELS),
    )


@pytest.fixture
def use_model(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    def install(model: learned.Model) -> None:
        monkeypatch.setattr(learned, "load_model", lambda: model)

    return install


def learned_findings(verdict: Verdict) -> list[Finding]:
    return [f for f in verdict.findings if f.learned]


# --- what the model may add --------------------------------------------------------------------


def test_a_meeting_the_rules_missed_is_added_with_its_sentence(use_model) -> None:  # type: ignore[no-untyped-def]
    use_model(stub_model({"ferry": {"met_in_person": 40.0}}))
    message = "Hi Priya. We swapped notes on the Austin ferry! Hope all is well."
    assert "met_in_person" not in judge(message, second_opinion=False).true_reasons

    verdict = judge(message)

    assert verdict.true_reasons == ("met_in_person",)
    assert verdict.queue == "accept"
    (finding,) = learned_findings(verdict)
    assert (finding.label, finding.source) == ("met_in_person", MESSAGE)
    assert finding.text == "We swapped notes on the Austin ferry"
    assert message[finding.start : finding.end] == finding.text
    assert finding.to_dict()["learned"] is True
    assert Finding.from_dict(finding.to_dict()) == finding


def test_unsure_the_model_changes_nothing(use_model) -> None:  # type: ignore[no-untyped-def]
    use_model(stub_model({"ferry": {"met_in_person": 3.0}}, bias=0.0))
    message = "Hi Priya. We swapped notes on the Austin ferry!"
    assert judge(message).to_dict() == judge(message, second_opinion=False).to_dict()


def test_a_meeting_the_rules_said_has_not_happened_stays_out(use_model) -> None:  # type: ignore[no-untyped-def]
    use_model(stub_model({"meet": {"met_in_person": 40.0}, "conference": {"met_in_person": 40.0}}))
    verdict = judge("Hi Priya, would be great to meet you at a conference.")
    assert "met_in_person" not in verdict.true_reasons


@pytest.mark.parametrize(
    "message",
    [
        "Hi Priya, looking forward to meeting you at the assessment day on the 14th!",
        "Hi Priya, I'm interviewing with your team next week - hope to meet you then.",
    ],
)
def test_a_meeting_still_to_come_stays_out(use_model, message: str) -> None:  # type: ignore[no-untyped-def]
    use_model(stub_model({"meeting": {"met_in_person": 40.0}, "meet": {"met_in_person": 40.0}}))
    assert "met_in_person" not in judge(message).true_reasons


def test_schools_groups_and_connections_are_left_to_the_rules(use_model) -> None:  # type: ignore[no-untyped-def]
    everything = {"alumni": 40.0, "shared_group": 40.0, "common_connection": 40.0}
    use_model(stub_model({"daughter": everything}))
    verdict = judge("Hi Priya, my daughter studies at UT and is in Austin Python with Noah Kim.")
    assert {"alumni", "shared_group"}.isdisjoint(verdict.true_reasons)
    assert not learned_findings(verdict)


def test_a_shared_organisation_needs_one_of_the_profiles_organisations(use_model) -> None:  # type: ignore[no-untyped-def]
    use_model(stub_model({"pizza": {"same_organisation": 40.0}}))

    with_name = judge("Hi Priya, remember the Friday pizza at Globex? I ran the temp desk.")
    without = judge("Hi Priya, remember the Friday pizza? I ran the temp desk.")

    assert with_name.true_reasons == ("same_organisation",)
    (finding,) = learned_findings(with_name)
    assert (finding.text, finding.matched) == ("Globex", "Globex Cloud")
    assert "Globex Cloud" in with_name.summary
    assert without.true_reasons == ()


def test_in_a_pitch_the_current_firm_is_the_prospect_and_a_past_one_is_shared(use_model) -> None:  # type: ignore[no-untyped-def]
    use_model(stub_model({"team": {"same_organisation": 40.0, "pitch": 40.0}}))

    prospect = judge("Hi Priya, I'd love to show the team at Globex our tool.")
    old_colleague = judge("Hi Priya, the old team at Initech says hi! Globex should try our tool.")

    assert prospect.pitch and "same_organisation" not in prospect.true_reasons
    assert old_colleague.pitch and old_colleague.reasons["same_organisation"]
    (finding,) = learned_findings(old_colleague)
    assert (finding.text, finding.matched) == ("Initech", "Initech")
    assert old_colleague.queue == "accept"


def test_an_opportunity_in_a_pitch_needs_the_model_not_to_read_a_pitch(use_model) -> None:  # type: ignore[no-untyped-def]
    message = "Hi Priya, could I introduce you to our platform? It cuts cloud costs by 30%."
    assert classify(InvitationInput("Sam Doe", message=message), PROFILE).pitch

    use_model(stub_model({"introduce": {"specific_opportunity": 40.0, "pitch": 40.0}}))
    assert judge(message).queue == "decline"

    use_model(stub_model({"introduce": {"specific_opportunity": 40.0, "pitch": -40.0}}))
    rescued = judge(message)
    assert rescued.reasons["specific_opportunity"]
    assert rescued.queue == "accept"


def test_a_pitch_is_added_only_in_words_the_model_knows(use_model) -> None:  # type: ignore[no-untyped-def]
    use_model(stub_model({"b2b": {"pitch": 40.0}}))
    known = judge("Hi Priya, we do b2b for the team at our firm and it was good to.")
    # thirteen words, past MIN_WORDS, of which the model knows only "b2b"
    unknown = judge(
        "Priya 你好 我 上周 在 墨尔本 的 b2b 销售 峰会 上 看到 你 的 演讲 希望 以后 保持 联系"
    )
    assert known.pitch and known.queue == "decline"
    assert not unknown.pitch and unknown.queue == "query"


def test_a_pitch_needs_more_certainty_than_a_meeting(use_model) -> None:  # type: ignore[no-untyped-def]
    # A pitch it adds can decline: it must be surer than of a meeting, which can only accept.
    note = "Hi Priya, we do it for the team at our firm and it was good to."
    use_model(stub_model({}, bias=(learned.UPPER + learned.ADD_PITCH) / 2))
    between = judge(note)
    assert between.reasons["met_in_person"] and not between.pitch
    use_model(stub_model({}, bias=learned.ADD_PITCH + 0.5))
    assert judge(note).pitch


# --- what the model may drop ---------------------------------------------------------------


def test_a_reason_the_model_rules_out_is_dropped_with_its_evidence(use_model) -> None:  # type: ignore[no-untyped-def]
    message = "Hi Priya, it was great to meet you at the conference with the team."
    before = judge(message, second_opinion=False)
    assert "met_in_person" in before.true_reasons
    use_model(stub_model({"great": {}, "meet": {}, "conference": {}}, bias=-30.0))

    verdict = judge(message)

    assert "met_in_person" not in verdict.true_reasons
    assert not [f for f in verdict.findings if f.label == "met_in_person"]
    assert not verdict.referenced
    assert verdict.queue == "query"


def test_no_meeting_is_added_where_the_note_says_they_did_not_get_to_talk(use_model) -> None:  # type: ignore[no-untyped-def]
    words = {w: {} for w in ["were", "both", "drinks", "but", "didn", "get", "so", "here"]}
    use_model(stub_model({**words, "chat": {"met_in_person": 40.0}}))
    missed = judge("Hi Priya, we were both at the drinks but didn't get to chat, so hi here.")
    assert not missed.reasons["met_in_person"]
    met = judge("Hi Priya, we were both at the drinks and it was good to chat, so hi here.")
    assert met.reasons["met_in_person"]


def test_a_meeting_found_beside_a_near_miss_is_not_dropped(use_model) -> None:  # type: ignore[no-untyped-def]
    # The rules weighed "saw your talk" against "we met at" already; the model's "no",
    # read off the talk's words, would count the near miss twice.
    words = {w: {} for w in ["saw", "your", "met", "drinks", "after", "it", "good"]}
    use_model(stub_model({**words, "talk": {"met_in_person": -40.0}}))
    beside = judge("Hi Priya, saw your talk and we met at the drinks after it, it was good.")
    assert beside.reasons["met_in_person"]
    use_model(stub_model({**words, "good": {"met_in_person": -40.0}}))
    alone = judge("Hi Priya, we met at the drinks after it, it was good to do it with you.")
    assert not alone.reasons["met_in_person"]


def test_a_short_note_is_left_to_the_rules(use_model) -> None:  # type: ignore[no-untyped-def]
    # A word no rule reads, which the stub takes for a meeting.
    use_model(stub_model({"zebra": {"met_in_person": 40.0}, "meet": {}}))
    short = "Hi Priya, the zebra was good!"  # 6 words
    longer = "Hi Priya, the zebra we had with the team at our firm was good!"
    assert (
        len(learned._WORD.findall(short)) < learned.MIN_WORDS <= len(learned._WORD.findall(longer))
    )
    assert "met_in_person" not in judge(short).true_reasons
    assert "met_in_person" in judge(longer).true_reasons
    # Nor does it drop what the rules found in a short note.
    assert "met_in_person" in judge("Priya, great to meet you at the conference.").true_reasons


def test_in_words_it_does_not_know_the_models_no_does_not_count(use_model) -> None:  # type: ignore[no-untyped-def]
    message = "Hola Priya, fue un gusto conocerte en la conferencia de Austin."
    assert (
        "met_in_person"
        in classify(InvitationInput("Sam Doe", message=message), PROFILE).true_reasons
    )
    use_model(stub_model({}, bias=-30.0))
    assert "met_in_person" in judge(message).true_reasons


def test_an_unverified_claim_stays_whatever_the_model_says(use_model) -> None:  # type: ignore[no-untyped-def]
    use_model(stub_model({}, bias=-30.0))
    verdict = judge("Hi Priya, fellow Stanford alum here!")
    assert [c.claimed for c in verdict.unverified] == ["Stanford"]
    assert verdict.queue == "query"
    assert verdict.referenced


@pytest.mark.parametrize(
    "message", ["", "Hi Priya, I'd like to add you to my professional network."]
)
def test_an_empty_or_stock_note_is_never_read(use_model, message: str) -> None:  # type: ignore[no-untyped-def]
    meeting = {"met_in_person": 40.0}
    use_model(stub_model({"h:engineer": meeting, "network": meeting, "professional": meeting}))
    verdict = judge(message, headline="Engineer at Globex")
    assert verdict.true_reasons == ("same_organisation",)
    assert not learned_findings(verdict)


# --- placeholders ------------------------------------------------------------------------------


def test_the_profiles_names_are_read_as_placeholders() -> None:
    reading = read_with_rules(
        InvitationInput(
            "Sam Doe",
            headline="Platform lead at Globex Cloud",
            message="Hi Priya! Noah Kim says you were at UT and in APUG. I was at Initech.",
        ),
        PROFILE,
    )
    message = learned.masked(reading.evidence, MESSAGE)
    expected = "hi zname ! zconn says you were at zschool and in zgroup . i was at zorg ."
    assert message.split() == expected.split(" ")
    assert learned.masked(reading.evidence, HEADLINE).split() == ["platform", "lead", "at", "zorg"]


def test_a_name_that_starts_another_name_stays_a_word() -> None:
    reading = read_with_rules(
        InvitationInput("Sam Doe", message="Hi, UT Dallas grad here, now at Globex Realty."),
        PROFILE,
    )
    assert "zschool" not in learned.masked(reading.evidence, MESSAGE)


def test_features_are_words_stems_and_headline_words() -> None:
    reading = read_with_rules(
        InvitationInput("Sam Doe", headline="Recruiter", message="Hi Priya, recruiting now"),
        PROFILE,
    )
    features = learned.note_features(reading.evidence)
    assert sorted(features) == sorted(["hi", "zname", "recruiting", "now", "~recru", "h:recruiter"])


# --- the model file ----------------------------------------------------------------------------


@needs_corpus
def test_the_model_is_trained_on_every_labelled_set_as_it_is_now() -> None:
    trainer = _training_script()
    trained_on = json.loads(learned.MODEL_PATH.read_text(encoding="utf-8"))["trained_on"]
    files = trainer.training_files()
    current = {trainer.data_key(path): trainer.file_digest(path) for path in files}
    assert trained_on == current, "labelled data changed since the model was trained: make train"


@needs_corpus
def test_training_again_gives_the_model_in_the_repository() -> None:
    trainer = _training_script()
    records = [r for path in trainer.training_files() for r in trainer.with_notes(path)]
    feature_lists = trainer.record_features(records, CORPUS / "profiles.json")
    features, idf, weights, bias = trainer.fit(feature_lists, records)
    index = {feature: row for row, feature in enumerate(features)}
    retrained = trainer.matrix(feature_lists, index, idf) @ weights + bias

    model = learned.load_model()
    committed = np.array([model.logits(f) for f in feature_lists])
    assert features == sorted(model.index, key=model.index.__getitem__)
    assert np.allclose(retrained, committed, atol=0.01)


def test_a_model_for_other_labels_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "model.json"
    path.write_text(json.dumps({"format": 1, "labels": ["pitch"]}), encoding="utf-8")
    with pytest.raises(ValueError, match="make train"):
        learned.load_model.__wrapped__(path)


def _training_script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "train_classifier_model", REPO / "scripts" / "train_classifier_model.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_model_passed_in_replaces_the_committed_one() -> None:
    # scripts/eval_held_out.py scores the classifier with models fitted without a set.
    message = "Hi Priya, it was great to meet you at the conference with the team."
    stub = stub_model({"great": {}, "meet": {}, "conference": {}}, bias=-30.0)
    invitation = InvitationInput("Sam Doe", message=message)
    assert "met_in_person" not in classify(invitation, PROFILE, model=stub).true_reasons
    assert "met_in_person" in classify(invitation, PROFILE).true_reasons
