"""The clause layer and the rules over actor mentions that read it.

layer.py       doc._.clauses: the paragraph's clause boundaries, and per sentence
               (on first use) its Clause records (records.py);
boundaries.py  where clauses break, as the rules ask it;
groups.py      coordinated actor groups, collective subjects, co-agents;
subjects.py    the subject of a verb, an owner, a back-reference, a plan's owner.
"""

from .layer import ClauseLayer
from .records import Clause, Relative

__all__ = ["Clause", "ClauseLayer", "Relative"]
