"""A tuned worker freezes what start-up built, so full collections skip it."""

from __future__ import annotations

import gc

from streams.worker import freeze_startup_objects


def test_startup_objects_leave_the_collected_generations():
    lexicon = [{"word": str(i)} for i in range(5000)]   # long-lived, as a lexicon is
    try:
        freeze_startup_objects()
        assert gc.get_freeze_count() >= len(lexicon)
        tracked = {id(o) for o in gc.get_objects()}
        assert id(lexicon) not in tracked and id(lexicon[0]) not in tracked
    finally:
        gc.unfreeze()
