"""The context records' packing: every packed record reads back as itself, and a
document's checkpoints already packed are not packed again."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from streams.contexts import updated
from streams.packing import Packer, pack, unpack


def _context(k: int) -> dict:
    """A context of some size, different for each paragraph (the known people grow)."""
    return {"people": [{"name": f"Person {i}", "role": "minister", "country": "IDN"} for i in range(k + 3)],
            "last_speaker": f"Person {k}", "dateline": "Jakarta"}


def _one_paragraph_batches(n: int, committed=lambda k: None) -> list[dict]:
    """The records a worker writes for one document whose paragraphs come one per batch."""
    records, record = [], None
    for k in range(n):
        record = updated(record, first=k, first_offset=100 + k, before=_context(k - 1) if k else None,
                         last=k, last_offset=100 + k, after=_context(k), committed=committed(k), now=1.5 * k)
        records.append(record)
    return records


def test_each_record_of_a_growing_document_reads_back_as_itself():
    packer = Packer()
    for record in _one_paragraph_batches(12):
        assert unpack(packer("doc", record)) == record


def test_the_checkpoints_packed_before_are_not_packed_again():
    # Write k's bytes begin with the stream write k-1 left open: only then were
    # the checkpoints before compressed once.
    packer = Packer()
    records = _one_paragraph_batches(6)
    packer("doc", records[4])
    stream = packer._streams["doc"]
    opened = bytes(stream.data)
    raw = packer("doc", records[5])
    assert packer._streams["doc"] is stream and raw.startswith(opened)
    assert len(stream.packed) == len(records[5]["checkpoints"])


def test_checkpoints_pruned_at_a_commit_start_a_new_stream():
    packer = Packer()
    records = _one_paragraph_batches(10, committed=lambda k: 100 + k - 2 if k >= 6 else None)
    assert len(records[5]["checkpoints"]) == 6 and len(records[6]["checkpoints"]) < 6
    for record in records:
        assert unpack(packer("doc", record)) == record


def test_a_record_read_back_from_bytes_is_packed_whole_again():
    packer = Packer()
    records = _one_paragraph_batches(4)
    packer("doc", records[2])
    again = unpack(pack(records[2]))                 # equal values, other objects
    following = updated(again, first=3, first_offset=103, before=_context(2), last=3, last_offset=103,
                        after=_context(3), committed=None, now=9.0)
    assert unpack(packer("doc", following)) == following


def test_documents_interleaved_and_the_oldest_stream_let_go():
    packer = Packer(keep=2)
    a, b, c = (_one_paragraph_batches(5) for _ in range(3))
    for k in range(5):
        for doc, records in (("a", a), ("b", b), ("c", c)):
            assert unpack(packer(doc, records[k])) == records[k]
    assert list(packer._streams) == ["b", "c"]


def test_records_without_checkpoints_or_without_other_keys():
    packer = Packer()
    assert packer("doc", {"applied": 7}) == pack({"applied": 7})
    only = {"checkpoints": [[0, 5, None]]}
    assert unpack(packer("other", only)) == only


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 3), st.booleans()), min_size=1, max_size=15))
def test_any_run_of_batches_and_commits_reads_back(steps):
    """Batches of 1-3 paragraphs of one document, a commit now and then (the
    checkpoints below the committed offset dropped)."""
    packer, record, k, committed = Packer(), None, 0, None
    for size, commit in steps:
        if commit:
            committed = 100 + k
        record = updated(record, first=k, first_offset=100 + k, before=_context(k - 1) if k else None,
                         last=k + size - 1, last_offset=100 + k + size - 1, after=_context(k + size - 1),
                         committed=committed, now=float(k))
        k += size
        assert unpack(packer("doc", record)) == record
