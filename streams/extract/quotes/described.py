"""Definite descriptions of a person in a speaker slot: "diplomat senior
tersebut", "pria berusia 58 tahun itu", "the veteran diplomat", "the
62-year-old minister".  They name back the person introduced earlier whom
the description fits (role, country, gender), never the country named inside
the description.

A description is definite by a determiner before it ("the") or a
demonstrative ending it ("itu", "tersebut"), and has a head: a title word
(titles.jsonl) or a person noun (grammar quote_person_nouns, with its gender).
A role it names fits a person of that role, of a role whose words hold it
("minister" fits "foreign minister"), or of a kin role (grammar
quote_role_kin: "diplomat" fits an ambassador).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..lexicon import Lexicon

if TYPE_CHECKING:       # annotations only
    from ..syntax import TokenTable

MAX_WORDS = 8       # "pria berusia 58 tahun itu": a description is short
JOINERS = frozenset("-")     # "62-year-old" may come as 62 - year - old


class Describer:
    def __init__(self, lex: Lexicon) -> None:
        g = lex.grammar
        self.nouns: dict[str, str | None] = {w.lower(): v for w, v in g["quote_person_nouns"].items()}
        self.titles = {tuple(r["text"].lower().split()): r["role"] for r in lex.titles}
        # Modifier titles ("former", "mantan"): a past role the document may never have stated.
        self.modifiers = frozenset(tuple(r["text"].lower().split()) for r in lex.titles if r.get("modifier"))
        self.longest = max(map(len, self.titles), default=1)
        self.kin = {k: frozenset(v) for k, v in g["quote_role_kin"].items()}
        self.states = frozenset(row["code"] for row in lex.countries)
        self.definite, self.indefinite = lex.words("definite_determiners"), lex.words("indefinite_determiners")
        self.demonstratives = lex.words("demonstratives")
        self.relativizers = lex.words("relativizers")
        # A title's head word: its first where modifiers follow the head
        # ("Menteri Luar Negeri"), else its last ("foreign minister"), not
        # "defense" of "the defense ministry".
        at = 0 if g["modifier_follows_head"] else -1
        self.heads = frozenset(self.nouns).union(t[at] for t in self.titles)
        self.nicknames = lex.phrases("nickname_markers")     # "disapa", "known as": a name the person goes by

    def nickname(self, words: list[str]) -> str | None:
        """The name a description says its person goes by: "pria yang akrab disapa Ipunk itu" → "Ipunk"."""
        low = [w.lower() for w in words]
        for p in self.nicknames:
            for i in range(len(low) - len(p)):
                if tuple(low[i:i + len(p)]) == p and words[i + len(p)][:1].isupper() \
                        and words[i + len(p)].isalpha():
                    return words[i + len(p)]
        return None

    def end(self, tt: TokenTable, lo: int, hi: int) -> int | None:
        """The last token of a person's definite description starting at lo
        (before hi), or None."""
        definite = tt.lower[lo] in self.definite or (lo > 0 and tt.lower[lo - 1] in self.definite)
        last = None
        for k in range(lo, min(hi, lo + MAX_WORDS)):
            if tt.punct[k] and tt.text[k] not in JOINERS:
                break
            w = tt.lower[k]
            if w in self.demonstratives:
                return k if last is not None else None
            if w in self.heads:
                last = k
        return last if definite else None

    def read(self, words: list[str]) -> tuple[set[str], str | None, bool]:
        """The roles a description's lower-case words name, its gender, and
        whether a modifier makes them past roles ("mantan Wakil Panglima itu")."""
        roles: set[str] = set()
        gender = None
        past = False
        i = 0
        while i < len(words):
            for n in range(min(self.longest, len(words) - i), 0, -1):
                role = self.titles.get(tuple(words[i:i + n]))
                if role is not None:
                    if tuple(words[i:i + n]) in self.modifiers:
                        past = True
                    else:
                        roles.add(role)
                    i += n - 1
                    break
            else:
                w = words[i]
                gender = gender or self.nouns.get(w)
                if w in self.kin:
                    roles.add(w)
            i += 1
        return roles, gender, past

    def fits(self, roles: set[str], gender: str | None, country: str | None, person: dict[str, Any],
             past: bool = False) -> int:
        """How well a known person fits: 3 by their own role, 2 by a kin role (or, with no role, by gender),
        1 by nothing against (a past role is never against, nor a past office's
        state against one who now serves an organisation), 0 not."""
        if gender and person.get("gender") and person["gender"] != gender:
            return 0
        if country and person.get("country") and person["country"] != country and \
                not (past and person["country"] not in self.states):
            return 0    # a past office of a state fits one who now serves an organisation (a UN envoy)
        held = person.get("role_key") or ""
        if not roles:
            # "pria berusia 57 tahun itu": one known to be a man fits better than one of no known gender.
            return 2 if gender and person.get("gender") == gender else 1
        if any(r == held or held and set(r.split()) <= set(held.split()) for r in roles):
            return 3
        if any(r in self.kin and held in self.kin[r] for r in roles):
            return 2
        return 0 if held and not past else 1

    def person(self, words: list[str], country: str | None, people: list[dict[str, Any]]) -> dict[str, Any] | None:
        """The latest of `people` (latest last) the description fits, by their own role first ("diplomat
        senior itu": the senior diplomat named before, not a foreign minister named since), then by a kin one."""
        roles, gender, past = self.read(words)
        best, score = None, 0
        for p in reversed(people):
            s = self.fits(roles, gender, country, p, past)
            if s > score:
                best, score = p, s
                if s == 3:
                    break
        return best
