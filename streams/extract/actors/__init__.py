"""Actors: countries, organisations, regions, national bodies and persons.

The ActorFinder (finder.py) runs ACTOR_PASSES (passes.py) in order over an
ActorState (state.py): the gazetteer's hits (gazetteer.py) and the dateline's
country (home.py) become persons announced by a title, national bodies and
places (named.py), bare bodies of the story's country (home.py), then persons
named without a title (people.py, with name shapes from names.py), then the
back-references: titles, regions, pairs of states, bodies (anaphora.py).
"""

from .finder import ActorFinder
from .passes import ACTOR_PASSES

__all__ = ["ActorFinder", "ACTOR_PASSES"]
