"""Stored document contexts: a replay after a crash starts from the context the
paragraph had the first time; a duplicate never moves a document back."""

from __future__ import annotations

import pytest

from streams.contexts import Batch, Duplicate, context_for, updated


def _apply(before: dict | None, paragraph: int) -> dict:
    """A stand-in for the extractor: the context lists the paragraphs applied."""
    return {"seen": [*(before or {}).get("seen", []), paragraph]}


class Table(dict):
    def run(self, batch: list[tuple[str, int, int]], committed: int | None = None) -> dict:
        """Apply (doc, paragraph, offset) messages as one batch; return what each
        paragraph started from (or the Duplicate raised), then store the records."""
        contexts = Batch(self.get)
        started = {}
        for doc, paragraph, offset in batch:
            try:
                before = contexts.before(doc, paragraph, offset)
            except Duplicate as exc:
                started[(doc, paragraph, offset)] = exc
                continue
            started[(doc, paragraph, offset)] = before
            contexts.applied(doc, paragraph, offset, before, _apply(before, paragraph))
        self.update(contexts.records(lambda doc: committed, now=0.0))
        return started


def test_paragraphs_chain_within_and_across_batches():
    table = Table()
    table.run([("d", 0, 0), ("d", 1, 1)])
    started = table.run([("d", 2, 2), ("e", 0, 3), ("d", 3, 4)])
    assert started[("d", 2, 2)] == {"seen": [0, 1]}
    assert started[("d", 3, 4)] == {"seen": [0, 1, 2]}
    assert table["d"]["applied"] == 3 and table["d"]["ctx"] == {"seen": [0, 1, 2, 3]}


def test_a_replay_cut_into_other_batches_starts_from_the_first_pass_contexts():
    table, first = Table(), {}
    for batch in ([("d", 0, 10), ("d", 1, 11)], [("d", 2, 12), ("d", 3, 13)], [("d", 4, 14)]):
        first.update(table.run(batch))
    # A crash after the commit of offset 12: paragraphs 2-4 come again, in one batch.
    replayed = table.run([("d", 2, 12), ("d", 3, 13), ("d", 4, 14)])
    assert replayed == {k: v for k, v in first.items() if k[1] >= 2}
    assert table["d"]["applied"] == 4 and table["d"]["ctx"] == {"seen": [0, 1, 2, 3, 4]}
    # A second crash before any new commit: from offset 12 again, cut otherwise.
    assert table.run([("d", 2, 12)]) == {("d", 2, 12): {"seen": [0, 1]}}
    assert table.run([("d", 3, 13), ("d", 4, 14)]) == {("d", 3, 13): {"seen": [0, 1, 2]},
                                                       ("d", 4, 14): {"seen": [0, 1, 2, 3]}}


def test_a_paragraph_sent_again_later_is_a_duplicate_and_changes_nothing():
    table = Table()
    table.run([("d", 0, 0), ("d", 1, 1), ("d", 2, 2)])
    stored = dict(table["d"])
    again = table.run([("d", 1, 7)])
    assert isinstance(again[("d", 1, 7)], Duplicate)
    assert table["d"] == stored
    within = table.run([("d", 3, 8), ("d", 3, 9), ("d", 4, 10)])
    assert isinstance(within[("d", 3, 9)], Duplicate)
    assert within[("d", 4, 10)] == {"seen": [0, 1, 2, 3]}


def test_paragraph_zero_opens_the_document_again():
    table = Table()
    table.run([("d", 0, 0), ("d", 1, 1)])
    again = table.run([("d", 0, 5), ("d", 1, 6)])
    assert again == {("d", 0, 5): None, ("d", 1, 6): {"seen": [0]}}
    assert table["d"]["offset"] == 6 and [c[0] for c in table["d"]["checkpoints"]] == [0]


def test_checkpoints_below_the_committed_offset_are_dropped():
    table = Table()
    table.run([("d", 0, 0)])
    table.run([("d", 1, 1)])
    table.run([("d", 2, 2)], committed=2)
    assert [c[0] for c in table["d"]["checkpoints"]] == [2]
    table.run([("d", 3, 3)])
    assert [c[0] for c in table["d"]["checkpoints"]] == [2, 3]


def test_a_document_in_many_one_paragraph_batches_between_commits_keeps_every_checkpoint():
    # A loaded worker may take a document's paragraphs one a batch; a crash then replays from
    # the last commit, here before paragraph 3, after twenty more batches (a cap of 8 lost it).
    table, first = Table(), {}
    for k in range(24):
        first.update(table.run([("d", k, 100 + k)], committed=103 if k >= 3 else None))
    assert [c[0] for c in table["d"]["checkpoints"]] == list(range(3, 24))
    replayed = table.run([("d", k, 100 + k) for k in range(3, 24)], committed=103)
    assert replayed == {key: v for key, v in first.items() if key[1] >= 3}


@pytest.mark.parametrize("paragraph, expected", [(0, None), (3, {"x": 3}), (2, {"x": 2}), (1, {"x": 1})])
def test_context_for_reads_the_checkpoint_of_a_replayed_paragraph(paragraph, expected):
    record = updated(None, first=1, first_offset=1, before={"x": 1}, last=1, last_offset=1,
                     after={"x": 2}, committed=None, now=0.0)
    record = updated(record, first=2, first_offset=2, before={"x": 2}, last=2, last_offset=2,
                     after={"x": 3}, committed=None, now=0.0)
    assert context_for(record, paragraph) == expected


def test_a_batch_reads_each_stored_record_once():
    # Each read of the table decompresses and parses a record: once a batch is enough.
    table = Table()
    table.run([("d", 0, 0), ("e", 0, 1)])
    reads: list[str] = []

    def counted(doc: str) -> dict | None:
        reads.append(doc)
        return table.get(doc)

    contexts = Batch(counted)
    for doc, paragraph, offset in [("d", 1, 2), ("e", 1, 3), ("d", 2, 4)]:
        before = contexts.before(doc, paragraph, offset)
        contexts.applied(doc, paragraph, offset, before, _apply(before, paragraph))
    records = contexts.records(lambda doc: None, now=0.0)
    assert sorted(reads) == ["d", "e"]
    assert records["d"]["ctx"] == {"seen": [0, 1, 2]} and records["e"]["ctx"] == {"seen": [0, 1]}
