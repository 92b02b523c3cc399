"""One fix to faust-streaming 0.15.x, applied by app.create_app().

After a rebalance, `Recovery.on_recovery_completed` (0.15.3) resumes the
input partitions, then awaits `consumer.perform_seek()`, then calls
`flow_control.resume()`, which empties every stream's queue.  The flow is
already active (the changelog recovery resumed it), so during the seek the
fetcher hands messages of the resumed partitions to the stream: the agent
takes some, the rest sit in the queue and are thrown away by the resume.
The seek has meanwhile reset the consumer's read offset to the committed
one, so the next message fetched looks like a jump and the consumer files
the thrown-away offsets as a "gap" it acks by itself (or, for a single one
at the head, its `min(acked) - committed > 1` test lets it through,
faust-streaming #606).  The commit then moves past paragraphs that were
never processed: the lost paragraphs of issue 11 item 5.  Upstream fixed the
same order in `_resume_streams` once (#216, PR #217); 0.15.3 has it in both
again (see also #596).  Only this one runs here: `_resume_streams` serves
apps without tables, and ours has one.

The fix: seek the still-paused partitions first, then resume them and the
flow with no await in between, so nothing is fetched from them before their
position is the committed offset and the queues are cleared.
"""

from __future__ import annotations

import asyncio
from typing import Any

import faust
from faust.tables.recovery import Recovery

#: The releases whose on_recovery_completed this replaces (checked at start).
FAUST_RANGE = ((0, 15, 2), (0, 16, 0))

#: Faust's own method, kept so a test can tell when upstream changes it.
UPSTREAM_ON_RECOVERY_COMPLETED = Recovery.on_recovery_completed


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(p) for p in text.split(".")[:3] if p.isdigit())


async def _on_recovery_completed(self: Recovery, generation_id: int = 0) -> None:
    """Recovery.on_recovery_completed with the seek before the resume."""
    app: Any = self.app
    consumer = app.consumer
    self.log.info("Restore complete!")
    await app.on_rebalance_complete.send()
    self._set_recovery_ended()
    pending = [asyncio.ensure_future(table.on_recovery_completed(self.actives_for_table[table],
                                                                 self.standbys_for_table[table]))
               for table in self.tables.values()]
    if pending:
        await asyncio.wait(pending)
    if app.consumer_generation_id != generation_id:
        self.log.warning("Recovery rebalancing again app id %s param %s",
                         app.consumer_generation_id, generation_id)
        return
    assignment = consumer.assignment()
    if assignment:
        # The stream partitions are still paused here: position them first.
        self.log.info("Seek stream partitions to committed offsets.")
        await self._wait(consumer.perform_seek(), timeout=app.conf.broker_request_timeout)
    # From here to the queue clearing by the flow resume nothing awaits,
    # so no message of the resumed partitions can be queued and then dropped.
    consumer.resume_partitions({tp for tp in assignment if not self._is_changelog_tp(tp)})
    self.completed.set()
    app.flow_control.resume()
    consumer.resume_flow()
    await app._fetcher.maybe_start()
    self.tables.on_actives_ready()
    if not app.assignor.assigned_standbys():
        self.tables.on_standbys_ready()
    app.on_rebalance_end()
    self.log.info("Worker ready")


def apply() -> None:
    """Install the fix; refuse a faust-streaming it was not written for."""
    low, high = FAUST_RANGE
    if not low <= _version(faust.__version__) < high:
        raise RuntimeError(f"streams/faust_fixes.py is written for faust-streaming {low}..{high} "
                           f"(exclusive), not {faust.__version__}: check whether it is still needed")
    Recovery.on_recovery_completed = _on_recovery_completed  # type: ignore[method-assign]
