"""One test per rule of the quotes package, each on a sentence of its own.

A rule is run directly on its frame, and the test checks that the rule list
answers what the rule decides and would answer otherwise without it.
"""

from __future__ import annotations

import pytest

from streams.extract import DocumentContext, Extractor, docstate
from streams.extract.pipeline import get_nlp
from streams.extract.quotes import direct, slots, speakers
from streams.extract.quotes.scan import Candidate, Scan
from streams.extract.syntax import sentence_of, token_table


# -- helpers --------------------------------------------------------------------
def context_after(paragraphs: list[str], lang: str) -> DocumentContext:
    ctx, ex = DocumentContext(), Extractor()
    for i, text in enumerate(paragraphs):
        _, ctx = ex.extract({"doc_id": "r", "paragraph": i, "text": text, "lang": lang}, ctx)
    return ctx


def prepared(text: str, lang: str = "en", ctx: DocumentContext | None = None):
    """The Doc after the stages before quotes, its mentions, and the quote finder."""
    nlp = get_nlp(lang)
    doc = nlp.make_doc(text)
    doc.user_data["diplo_text"] = text
    doc.user_data[docstate.CONTEXT] = ctx or DocumentContext()
    doc.user_data[docstate.PUBLISHED] = None
    for name, proc in nlp.pipeline:
        if name == "diplo_quotes":
            return doc, doc.user_data[docstate.ACTORS], proc.finder
        doc = proc(doc)
    raise AssertionError("no quotes stage")


def tok(doc, word: str, nth: int = 0) -> int:
    return [t.i for t in doc if t.text == word][nth]


def without(rules: tuple, rule) -> tuple:
    assert rule in rules
    return tuple(r for r in rules if r is not rule)


# -- where the speaker stands (slots.py) ----------------------------------------
def slot_at(text: str, lang: str, lo: str, hi: str | None = None, at_verb: bool = True,
            lo_nth: int = 0) -> slots.Slot:
    """A Slot from word `lo` (or the sentence start, lo="^") up to word `hi` (or three words on)."""
    doc, ms, finder = prepared(text, lang)
    a = 0 if lo == "^" else tok(doc, lo, lo_nth)
    b = tok(doc, hi) if hi else min(len(doc), a + 3)
    return slots.Slot(doc, token_table(doc), ms, a, b, finder.slots,
                      {m.start: k for k, m in enumerate(ms)}, at_verb)


def decides_slot(rules: tuple, rule, s: slots.Slot) -> slots.Spec:
    spec = rule(s)
    assert spec is not None
    assert slots.first_spec(rules, s) == spec
    assert slots.first_spec(without(rules, rule), s) != spec
    return spec


def words(s: slots.Slot, spec: slots.Spec) -> str:
    return s.doc.user_data["diplo_text"][spec.span[0]:spec.span[1]]


def test_anonymous_modified_after():
    s = slot_at("Dua roket menghantam sebuah sekolah di Rafah, kata petugas medis.", "id", "petugas")
    spec = decides_slot(slots.AFTER_CUE, slots.anonymous_modified_after, s)
    assert spec.kind == "anonymous" and words(s, spec) == "petugas medis"


def test_agency_after():
    s = slot_at("Dua kapal perang China melintasi Selat Taiwan, lapor kantor berita Kyodo.", "id", "kantor")
    spec = decides_slot(slots.AFTER_CUE, slots.agency_after, s)
    assert spec.kind == "agency" and words(s, spec) == "kantor berita Kyodo"


def test_agency_after_lower_case_words():
    # A known agency after two lower-case words at most: the agency, not the dateline's state (SEOUL).
    s = slot_at("North Korea accused South Korea of flying drones, according to the official KCNA news agency.",
                "en", "the")
    spec = decides_slot(slots.AFTER_CUE, slots.agency_after, s)
    assert spec.kind == "agency" and words(s, spec) == "the official KCNA"
    # Never past a preposition or a verb: 'said in a statement carried by KCNA' is no agency's phrase.
    assert slots.agency_after(slot_at("She said in a statement carried by KCNA.", "en", "in")) is None
    assert slots.agency_after(slot_at("Ia berkata dalam pernyataan yang diterima Antara.", "id", "yang")) is None


def test_agency_subject():
    s = slot_at("Kantor berita Bernama melaporkan dua kapal Vietnam ditahan.", "id", "^", "melaporkan")
    spec = decides_slot(slots.SUBJECT, slots.agency_subject, s)
    assert spec.kind == "agency" and words(s, spec) == "Kantor berita Bernama"


def test_actor_before_relative():
    # A clause of two verbs is past the grammar's own look-through (relative_head): this rule names its actor.
    s = slot_at("Komando Pusat AS yang berbasis dan bermarkas di Qatar menyatakan kapal itu diserang drone.", "id",
                "^", "menyatakan")
    spec = decides_slot(slots.SUBJECT, slots.actor_before_relative, s)
    assert spec.kind == "explicit" and spec.mention.country == "USA"


def test_a_one_verb_relative_clause_is_looked_through_by_the_grammar():
    s = slot_at("Komando Pusat AS yang berbasis di Qatar menyatakan kapal itu diserang drone.", "id", "^",
                "menyatakan")
    assert [m.country for m in s.subject()] == ["USA"]


def test_name_after_bracket():
    s = slot_at("Kepala Badan Nasional Penanggulangan Bencana (BNPB) Suharyanto mengatakan 12 orang tewas.", "id",
                "^", "mengatakan")
    spec = decides_slot(slots.SUBJECT, slots.name_after_bracket, s)
    assert spec.kind == "new_name" and spec.mention.name == "Suharyanto"


def test_person_after_bracket():
    text = "Gempa itu dangkal, Kepala Badan Meteorologi (BMKG) Dwikorita Karnawati menyebut pada Senin."
    s = slot_at(text, "id", "Kepala", "menyebut")
    spec = decides_slot(slots.BEFORE_CUE, slots.person_after_bracket, s)
    assert spec.kind == "explicit" and spec.mention.name == "Dwikorita Karnawati"


def test_person_of_body_after():
    s = slot_at("Serangan itu menewaskan tiga militan, kata militer Israel Avichay Adraee kepada wartawan.",
                "id", "militer")
    spec = decides_slot(slots.AFTER_CUE, slots.person_of_body_after, s)
    assert spec.kind == "explicit" and spec.mention.name == "Avichay Adraee"


def test_role_before_person_after():
    s = slot_at("Teheran tidak akan berunding, kata penasihat pemimpin tertinggi Iran Ali Larijani dalam wawancara.",
                "id", "penasihat")
    spec = decides_slot(slots.AFTER_CUE, slots.role_before_person_after, s)
    assert spec.kind == "explicit" and spec.mention.name == "Ali Larijani"


def test_named_after():
    s = slot_at('"We are ready to talk," said Foreign Minister Penny Wong.', "en", "Foreign")
    spec = decides_slot(slots.AFTER_CUE, slots.named_after, s)
    assert spec.kind == "explicit" and spec.mention.name == "Penny Wong"


def test_pronoun_after():
    s = slot_at("Menurut dia, perundingan akan berlanjut bulan depan.", "id", "dia")
    spec = decides_slot(slots.AFTER_CUE, slots.pronoun_after, s)
    assert (spec.kind, words(s, spec)) == ("pronoun", "dia")


def test_titled_body_after():
    s = slot_at("“Kami tidak diberi tahu,” kata Sekretaris Jenderal Kementerian Perdagangan RI.", "id", "Sekretaris")
    spec = decides_slot(slots.AFTER_CUE, slots.titled_body_after, s)
    assert spec.kind == "explicit" and spec.mention.country == "IDN"


def test_capitalised_after():
    s = slot_at("“Kami siap berunding,” kata Kilau.", "id", "Kilau")
    spec = decides_slot(slots.AFTER_CUE, slots.capitalised_after, s)
    assert (spec.kind, words(s, spec)) == ("context", "Kilau")


def test_anonymous_after():
    s = slot_at("“Belum ada kesepakatan,” kata para diplomat.", "id", "para")
    spec = decides_slot(slots.AFTER_CUE, slots.anonymous_after, s)
    assert (spec.kind, words(s, spec)) == ("anonymous", "para diplomat")


def test_named_near_after():
    s = slot_at("Menurut media pemerintah Iran, perundingan akan dilanjutkan pada Mei.", "id", "media")
    spec = decides_slot(slots.AFTER_CUE, slots.named_near_after, s)
    assert spec.kind == "explicit" and spec.mention.text == "pemerintah Iran"


def test_body_after():
    s = slot_at("According to a ministry statement, the envoy was told to leave.", "en", "ministry")
    spec = decides_slot(slots.AFTER_CUE, slots.body_after, s)
    assert spec.kind == "org" and words(s, spec).startswith("ministry")


def test_body_after_ends_at_its_first_mark():
    # "…, kata televisi pemerintah, Sabtu (2/8/2025).": the phrase stops before the comma, so the date is an adjunct.
    s = slot_at("Iran menangkap dua warga negara Perancis, kata televisi pemerintah, Sabtu (2/8/2025).", "id",
                "televisi")
    spec = decides_slot(slots.AFTER_CUE, slots.body_after, s)
    assert spec.kind == "org" and words(s, spec) == "televisi pemerintah"


def test_apposed_after():
    s = slot_at("”Kami hanya meminta hak kami,” kata koordinator aksi, Rahmat Hidayat, kepada wartawan.",
                "id", "koordinator")
    spec = decides_slot(slots.AFTER_CUE, slots.apposed_after, s)
    assert spec.kind == "explicit" and spec.mention.name == "Rahmat Hidayat"


def test_apposed_after_a_capitalised_title():
    s = slot_at("”Semua selamat,” kata Juru Bicara Kementerian Luar Negeri RI, Roy Soemirat, kepada wartawan.",
                "id", "Juru")
    spec = decides_slot(slots.AFTER_CUE, slots.apposed_after, s)
    assert spec.kind == "explicit" and spec.mention.name == "Roy Soemirat"


def test_titled_after():
    s = slot_at("”Situasi terkendali,” kata Kepala Penerangan Komando Daerah Militer XVII/Cenderawasih"
                " Kolonel Infanteri Candra Kurniawan dalam keterangan tertulis.", "id", "Kepala")
    spec = decides_slot(slots.AFTER_CUE, slots.titled_after, s)
    assert spec.kind == "explicit" and spec.mention.name == "Candra Kurniawan"


def test_anonymous_named_back():
    s = slot_at("”Kami belum bisa menyebut jumlah pelakunya,” kata sumber tersebut.", "id", "sumber")
    spec = decides_slot(slots.AFTER_CUE, slots.anonymous_named_back, s)
    assert (spec.kind, words(s, spec)) == ("previous_speaker", "sumber tersebut")


def test_described_phrase():
    # Not Russia, named inside the description.
    s = slot_at('"The sanctions are illegal," the veteran Russian diplomat said.', "en", "the", "said")
    spec = decides_slot(slots.BEFORE_CUE, slots.described_phrase, s)
    assert (spec.kind, words(s, spec)) == ("described", "the veteran Russian diplomat")


def test_named_in_phrase():
    s = slot_at('"The Pacific comes first," the Australian Foreign Ministry said.', "en", "the", "said")
    spec = decides_slot(slots.BEFORE_CUE, slots.named_in_phrase, s)
    assert spec.kind == "explicit" and spec.mention.type == "ORG" and spec.mention.country == "AUS"


def test_pronoun_ends_phrase():
    s = slot_at('"We listen first," she said.', "en", "she", "said")
    spec = decides_slot(slots.BEFORE_CUE, slots.pronoun_ends_phrase, s)
    assert (spec.kind, words(s, spec)) == ("pronoun", "she")


def test_anonymous_phrase():
    s = slot_at('"No deal is near," diplomats said.', "en", "diplomats", "said")
    spec = decides_slot(slots.BEFORE_CUE, slots.anonymous_phrase, s)
    assert (spec.kind, words(s, spec)) == ("anonymous", "diplomats")


def test_body_phrase():
    s = slot_at('"The envoy must leave," the ministry said.', "en", "the", "said")
    spec = decides_slot(slots.BEFORE_CUE, slots.body_phrase, s)
    assert (spec.kind, words(s, spec)) == ("org", "the ministry")


def test_unknown_phrase():
    s = slot_at("“Kami akan kembali,” Kilau pagi berkata.", "id", "Kilau", "berkata")
    spec = decides_slot(slots.BEFORE_CUE, slots.unknown_phrase, s)
    assert (spec.kind, words(s, spec)) == ("context", "Kilau pagi")


def test_subject_of_first_verb():
    # Not the pronoun of the clause in between ("he").
    s = slot_at("She met Rabuka before he left Suva, and said that aid would grow.", "en", "^", "said")
    spec = decides_slot(slots.SUBJECT, slots.subject_of_first_verb, s)
    assert (spec.kind, words(s, spec)) == ("pronoun", "She")


def test_subject_of_first_verb_past_an_object_actor_before_the_coordinator():
    # "… di tepi Sungai Yordan dan menyatakan": Yordan ends the first verb's object, not the cue's subject.
    s = slot_at("Netanyahu berjanji tidak akan ada pemukiman baru di tepi Sungai Yordan dan menyatakan Israel siap "
                "berunding.", "id", "^", "menyatakan")
    spec = decides_slot(slots.SUBJECT, slots.subject_of_first_verb, s)
    assert spec.mention.name == "Benjamin Netanyahu"


def test_pronoun_next_to_verb():
    s = slot_at("Rabuka welcomed Penny Wong in Suva and she said that aid would grow.", "en", "^", "said")
    spec = decides_slot(slots.SUBJECT, slots.pronoun_next_to_verb, s)
    assert (spec.kind, words(s, spec)) == ("pronoun", "she")


def test_subject_of_participle():
    # Not Fiji, the subject of the first reported clause.
    s = slot_at("Foreign Minister Penny Wong said Fiji had been a close partner, adding that the talks were useful.",
                "en", "^", "adding")
    spec = decides_slot(slots.SUBJECT, slots.subject_of_participle, s)
    assert spec.kind == "explicit" and spec.mention.name == "Penny Wong"


def test_described_subject():
    s = slot_at("Diplomat senior tersebut mengatakan bahwa Indonesia tidak akan mundur.", "id", "^", "mengatakan")
    spec = decides_slot(slots.SUBJECT, slots.described_subject, s)
    assert (spec.kind, words(s, spec)) == ("described", "Diplomat senior tersebut")


def test_body_subject():
    s = slot_at("The ministry said that the envoy would leave on Monday.", "en", "^", "said")
    spec = decides_slot(slots.SUBJECT, slots.body_subject, s)
    assert (spec.kind, words(s, spec)) == ("org", "ministry")


def test_bare_body_subject():
    s = slot_at("Militer menyatakan tidak akan ikut campur dalam urusan politik.", "id", "^", "menyatakan")
    spec = decides_slot(slots.SUBJECT, slots.bare_body_subject, s)
    assert (spec.kind, words(s, spec)) == ("org", "Militer")
    # A medium named bare (grammar media_heads) opens the sentence too.
    s = slot_at("State media said the two had entered the country illegally.", "en", "^", "said")
    spec = decides_slot(slots.SUBJECT, slots.bare_body_subject, s)
    assert (spec.kind, words(s, spec)) == ("org", "State media")


def test_named_subject():
    s = slot_at("Penny Wong said that aid to Fiji would grow.", "en", "^", "said")
    spec = decides_slot(slots.SUBJECT, slots.named_subject, s)
    assert spec.kind == "explicit" and spec.mention.name == "Penny Wong"


def test_earlier_pronoun():
    s = slot_at("Dalam jumpa pers itu ia, seperti biasa, menegaskan bahwa bantuan akan bertambah.",
                "id", "^", "menegaskan")
    spec = decides_slot(slots.SUBJECT, slots.earlier_pronoun, s)
    assert (spec.kind, words(s, spec)) == ("pronoun", "ia")


# -- direct quotes (direct.py) ----------------------------------------------------
def quoted(text: str, lang: str, k: int = 0) -> tuple[direct.Quoted, Candidate]:
    """Mark k's frame with a fresh candidate, and the candidate DIRECT_STEPS made."""
    doc, ms, finder = prepared(text, lang)
    scan = Scan(doc, doc.user_data[docstate.MARKS], ms, finder.cues(doc))
    made = finder.direct(scan)
    scan.used_cues.clear()
    q, (o, c) = scan.marks[k], scan.mark_tokens[k]
    prev, prev_close = (made[k - 1], scan.mark_tokens[k - 1][1]) if k else (None, -1)
    fresh = Candidate(q.start, q.end, True, None, "none")
    return direct.Quoted(scan, q, o, c, sentence_of(doc, o), fresh, prev, prev_close, finder.direct), made[k]


def test_cue_after():
    f, made = quoted("“Kami siap berunding,” kata Menteri Luar Negeri Fiji Sitiveni Rabuka.", "id")
    assert direct.cue_after(f) and f.cand.spec == "explicit" and f.cand.speaker.name == "Sitiveni Rabuka"
    assert (made.spec, made.cue) == (f.cand.spec, f.cand.cue)


def test_passive_agent():
    # The agent of a passive reporting verb speaks the quotation after "sebagai"; the earlier verb does not.
    f, made = quoted("Pemerintah mengumumkan pembangunan pangkalan baru, rencana yang dikecam Menteri Luar Negeri "
                     "Fiji Sitiveni Rabuka sebagai “langkah mundur”.", "id")
    assert not direct.cue_after(f)
    assert direct.passive_agent(f) and f.cand.speaker.name == "Sitiveni Rabuka" and f.cand.partial
    assert made.speaker == f.cand.speaker
    f, made = quoted('The navy began new patrols, a step described by Penny Wong as "deeply unhelpful".', "en")
    assert direct.passive_agent(f) and made.speaker.name == "Penny Wong"


def test_passive_agent_needs_its_agent():
    # "disebut sebagai": a passive with no agent names nobody, so the step leaves the quote.
    f, _ = quoted("Rencana itu disebut sebagai “langkah mundur” bagi kawasan.", "id")
    assert not direct.passive_agent(f) and f.cand.cue is None


def test_label_verb():
    # The actor right before "called" names the fragment, not the sentence's subject (the navy).
    f, made = quoted('The navy seized two fishing boats in a raid Vietnam called "an act of aggression".', "en")
    assert not direct.cue_after(f) and not direct.passive_agent(f)
    assert direct.label_verb(f) and f.cand.speaker.name == "Vietnam" and f.cand.partial
    assert made.speaker == f.cand.speaker
    # A subject further off is left to the later steps.
    f, _ = quoted('Vietnam, which protested on Monday, called the raid "an act of aggression".', "en")
    assert not direct.label_verb(f)


def test_cue_before():
    f, made = quoted("Sitiveni Rabuka mengatakan kepada wartawan, “Pintu Fiji selalu terbuka.”", "id")
    assert not direct.cue_after(f)
    assert direct.cue_before(f) and f.cand.speaker.name == "Sitiveni Rabuka" and not f.cand.partial
    assert made.speaker == f.cand.speaker


def test_continues_previous():
    f, made = quoted("“Kami datang untuk mendengar,” kata Penny Wong. “Kerja sama ini baru dimulai.”", "id", k=1)
    assert direct.continues_previous(f) and f.cand.spec == "previous"
    assert made.spec == "previous"
    f.prev = None       # no quote before: nothing to continue
    assert not direct.continues_previous(f)


def test_partial_of_subject():
    f, made = quoted('Penny Wong called the talks "a fresh start for the Pacific."', "en")
    assert not direct.cue_after(f) and not direct.cue_before(f) and not direct.continues_previous(f)
    assert direct.partial_of_subject(f) and f.cand.partial and f.cand.speaker.name == "Penny Wong"
    assert made.partial and made.speaker == f.cand.speaker


def test_partial_of_subject_after_a_cue_with_no_speaker():
    # The cue "said" names nobody after the comma and reports its own clause ("aid would grow"), so it
    # leaves the quote; the quote is the subject's (q6-quotes: the cue used to take it and lose its report).
    f, made = quoted('Penny Wong, who called it "a fresh start," said aid would grow.', "en")
    assert not direct.cue_after(f) and f.cand.spec == "none" and f.cand.cue is None
    assert direct.partial_of_subject(f) and f.cand.speaker.name == "Penny Wong"
    assert made.partial and made.speaker.name == "Penny Wong"


def test_partial_of_subject_labelling_keeps_it_inside_a_report():
    # "X mengecam Y sebagai “…”" inside what a final "menurut" reports: the label is X's own words, not the source's.
    f, made = quoted("Korea Utara mengecam latihan itu sebagai “ancaman perang” dan menembakkan dua rudal ke laut "
                     "pada Minggu pagi, menurut militer Jepang.", "id")
    assert direct.partial_of_subject(f) and f.cand.speaker.country == "PRK"
    assert made.speaker.country == "PRK" and made.cue is not None


def test_opens_paragraph():
    f, made = quoted("“Kami tidak akan mundur dari perundingan ini.”", "id")
    assert not any(step(f) for step in direct.DIRECT_STEPS[:-1])
    assert direct.opens_paragraph(f) and f.cand.spec == "previous_speaker"
    assert made.spec == "previous_speaker"


# -- speaker resolution (speakers.py) ----------------------------------------------
def frames(paragraphs: list[str], lang: str = "en") -> list[speakers.SpeakerFrame]:
    """The last paragraph's quotes as unresolved frames, after the earlier paragraphs."""
    ctx = context_after(paragraphs[:-1], lang)
    text = paragraphs[-1]
    doc, ms, finder = prepared(text, lang, ctx)
    scan = Scan(doc, doc.user_data[docstate.MARKS], ms, finder.cues(doc))
    cands = finder.direct(scan)
    cands += finder.indirect(scan, cands)
    cands.sort(key=lambda c: (c.start, not c.direct))
    para = finder.paragraph(ctx, text, ms, finder.subjects(doc, ms))
    return [speakers.SpeakerFrame(c, c.spec, c.speaker, c.speaker_span or c.cue or (c.start, c.start),
                                  para, None, -1) for c in cands]


def decides(rule, f: speakers.SpeakerFrame):
    """The actor `rule` gives; the list gives it too, and another (or none) without the rule."""
    out = rule(f)
    assert out is not None and out.actor is not None
    assert speakers.first_rule(f) == out
    other = speakers.first_rule(f, without(speakers.SPEAKER_RULES, rule))
    assert other is None or other.actor != out.actor
    return out.actor


def test_named_speaker():
    f = frames(["“Pintu Fiji selalu terbuka,” kata Sitiveni Rabuka."], "id")[0]
    actor = decides(speakers.named_speaker, f)
    assert (actor.name, actor.resolution) == ("Sitiveni Rabuka", "explicit")


def test_described_person():
    # The ambassador fits "diplomat" (quote_role_kin); the minister named later does not.
    f = frames(["Russian Ambassador Anatoly Antonov met Trade Minister Li Wei in Beijing.",
                '"The sanctions are illegal," the veteran diplomat said.'])[0]
    actor = decides(speakers.described_person, f)
    assert (actor.name, actor.resolution) == ("Anatoly Antonov", "context")


def test_sentence_subject():
    # "she" is not the last speaker (another woman) but the subject since then.
    f = frames(["New Zealand Prime Minister Jacinda Ardern met Penny Wong in Suva on Friday.",
                '"We will work together," said Ardern.',
                'Penny Wong flew on to Tonga. "Our aid will grow," she said.'])[0]
    actor = decides(speakers.sentence_subject, f)
    assert (actor.name, actor.resolution) == ("Penny Wong", "pronoun")


def test_body_named_here_by_the_speaker_words_themselves():
    # The slot reads "ministry"; the body it heads is named right there, not before.
    f = frames(['In a statement, the Kenyan foreign ministry said: "The envoy must leave within 48 hours."'])[0]
    actor = decides(speakers.body_named_here, f)
    assert (actor.type, actor.country) == ("ORG", "KEN")


def test_body_named_here():
    f = frames(["Fiji's Foreign Ministry summoned the Chinese envoy. "
                '"The envoy must explain himself," the ministry said.'])[0]
    actor = decides(speakers.body_named_here, f)
    assert (actor.type, actor.country, actor.resolution) == ("ORG", "FJI", "context")


def test_body_from_context():
    f = frames(['"We object to the visit," Fiji\'s Foreign Ministry said on Monday.',
                '"The envoy must explain himself," the ministry said.'])[0]
    actor = decides(speakers.body_from_context, f)
    assert (actor.type, actor.country, actor.text) == ("ORG", "FJI", "the ministry")


def test_body_from_context_takes_the_state_that_spoke_last():
    # A state's body with no state named, after that state spoke (its medium resolved to it): Iran, not Iraq,
    # the party named last.
    f = frames(["Iran menangkap dua warga negara Perancis di dekat perbatasan Irak, kata televisi pemerintah, Sabtu.",
                "Menurut media pemerintah, keduanya ditahan di penjara Evin."], "id")[0]
    actor = decides(speakers.body_from_context, f)
    assert (actor.type, actor.country) == ("COUNTRY", "IRN")


def test_body_from_context_takes_the_state_that_spoke_last_for_its_medium():
    # "State media said the two …": Iran, which spoke last (through its agency), not the French citizens named
    # last, nor the pair "the two" the report opens with.
    f = frames(["Iran has arrested two French citizens near the Iraqi border, according to the official IRNA news "
                "agency.", "State media said the two had entered the country illegally."])[0]
    actor = decides(speakers.body_from_context, f)
    assert (actor.type, actor.country) == ("COUNTRY", "IRN")


def test_party_of_statement():
    f = frames(["Fiji expelled two Chinese diplomats on Tuesday, the foreign ministry said."])[0]
    actor = decides(speakers.party_of_statement, f)
    assert (actor.name, actor.resolution) == ("Fiji", "context")


def test_party_of_statement_medium():
    # A medium speaks for the state whose body its report opens with, not for the dateline's.
    f = frames(["BANGKOK (Reuters) - Myanmar's junta has freed 3,000 prisoners, government television said."])[0]
    actor = decides(speakers.party_of_statement, f)
    assert (actor.country, actor.resolution) == ("MMR", "context")


def test_body_of_home():
    f = frames(["JAKARTA, KOMPAS — Istana menegaskan Presiden memantau langsung proses evakuasi."], "id")[0]
    actor = decides(speakers.body_of_home, f)
    assert (actor.country, actor.resolution) == ("IDN", "context")


def test_local_of_home():
    f = frames(["KHARKIV, ANTARA - Rudal Rusia menghantam gedung apartemen di pusat kota, kata pejabat setempat."],
               "id")[0]
    actor = decides(speakers.local_of_home, f)
    assert (actor.country, actor.resolution) == ("UKR", "context")


def test_agency_state():
    f = frames(["Dua kapal perang China melintasi Selat Taiwan, lapor kantor berita Kyodo."], "id")[0]
    actor = decides(speakers.agency_state, f)
    assert (actor.country, actor.resolution) == ("JPN", "context")


def test_pronoun_of_gender():
    f = frames(["New Zealand Prime Minister Jacinda Ardern spoke with Fijian Prime Minister Sitiveni Rabuka.",
                '"The region needs calm," Rabuka said.',
                '"And it needs trust," she said.'])[0]
    actor = decides(speakers.pronoun_of_gender, f)
    assert (actor.name, actor.resolution) == ("Jacinda Ardern", "pronoun")


def test_pronoun_antecedent():
    f = frames(["Fijian Prime Minister Sitiveni Rabuka arrived in Wellington.",
                '"The region needs calm," Rabuka said.',
                '"And it needs trust," he said.'])[0]
    actor = decides(speakers.pronoun_antecedent, f)
    assert (actor.name, actor.resolution) == ("Sitiveni Rabuka", "pronoun")


def test_clitic_speaker():
    f = frames(["“Kami ingin Pasifik yang damai,” kata Sitiveni Rabuka.",
                "“Tidak ada negara yang boleh memaksa,” ujarnya."], "id")[0]
    actor = decides(speakers.clitic_speaker, f)
    assert (actor.name, actor.resolution) == ("Sitiveni Rabuka", "pronoun")


def test_person_before_any_speaker():
    f = frames(["Menteri Luar Negeri Sugiono bertemu wartawan di Jakarta.",
                "”Kami menolak usulan itu,” ujarnya."], "id")[0]
    actor = decides(speakers.person_before_any_speaker, f)
    assert (actor.name, actor.resolution) == ("Sugiono", "pronoun")


def test_known_speaker():
    f = frames(["“Kami ingin Pasifik yang damai,” kata Sitiveni Rabuka.",
                "“Tidak ada negara yang boleh memaksa,” Kilau pagi berkata."], "id")[0]
    actor = decides(speakers.known_speaker, f)
    assert (actor.name, actor.resolution) == ("Sitiveni Rabuka", "context")


def test_continued_quote():
    first, second = frames(["“Kami ingin Pasifik yang damai,” kata Sitiveni Rabuka. “Dan bebas.”"], "id")
    said = speakers.first_rule(first).actor
    f = speakers.SpeakerFrame(second.quote, second.spec, second.speaker, second.span, second.para,
                              said, first.quote.start)
    actor = decides(speakers.continued_quote, f)
    assert (actor.name, actor.resolution) == ("Sitiveni Rabuka", "context")


def test_resolve_speakers_remembers_the_speaker():
    fs = frames(["“Kami ingin Pasifik yang damai,” kata Sitiveni Rabuka."], "id")
    ctx = fs[0].para.ctx
    speakers.resolve_speakers([f.quote for f in fs], fs[0].para)
    assert fs[0].quote.actor.name == "Sitiveni Rabuka"
    assert ctx.last_speaker["name"] == ctx.last_person["name"] == "Sitiveni Rabuka"


@pytest.mark.parametrize("rules", [slots.AFTER_CUE, slots.BEFORE_CUE, slots.SUBJECT,
                                   direct.DIRECT_STEPS, speakers.SPEAKER_RULES])
def test_every_rule_has_a_docstring_and_a_test(rules):
    import test_q9_speakers      # the q9-speakers rules are tested there
    import test_q11_speakers     # the q11-speakers rules are tested there
    import test_quotes_wire      # the wire-copy rules (q6-quotes) are tested there (its folder is on sys.path)
    tested = {name[len("test_"):] for name in [*globals(), *vars(test_quotes_wire), *vars(test_q9_speakers),
                                               *vars(test_q11_speakers)] if name.startswith("test_")}
    for rule in rules:
        assert rule.__doc__ and rule.__name__ in tested, rule.__name__


def test_described_person_past_office_of_a_state_fits_one_who_serves_an_organisation():
    # "mantan Menteri Luar Negeri Australia itu": a UN envoy now, so her country (UN) is not against the past office.
    from streams.extract.lexicon import load
    from streams.extract.quotes.described import Describer
    describe = Describer(load("id"))
    envoy = {"name": "Julie Bishop", "role_key": None, "country": "UN", "gender": "female"}
    russian = {"name": "Sergei Lavrov", "role_key": "foreign minister", "country": "RUS", "gender": "male"}
    words = "mantan menteri luar negeri australia itu".split()
    assert describe.person(words, "AUS", [envoy, russian]) is envoy
    # Without "mantan" the office is a present one: an organisation's envoy does not hold it.
    assert describe.person(words[1:], "AUS", [envoy, russian]) is None


def test_described_person_by_gender_prefers_one_known_to_be_of_it():
    # "pria berusia 57 tahun itu": Sugiono (a man) rather than the ambassador named after him, of no known gender.
    from streams.extract.lexicon import load
    from streams.extract.quotes.described import Describer
    describe = Describer(load("id"))
    man = {"name": "Sugiono", "role_key": "foreign minister", "country": "IDN", "gender": "male"}
    unknown = {"name": "Kamala Lakhdhir", "role_key": None, "country": None, "gender": None}
    assert describe.person("pria berusia 57 tahun itu".split(), None, [man, unknown]) is man
    assert describe.person("tokoh itu".split(), None, [man, unknown]) is unknown     # no gender: the latest


def test_described_person_by_own_role_before_a_kin_one():
    # "diplomat senior itu": the senior diplomat named before, not the foreign minister (a kin role) named since.
    from streams.extract.lexicon import load
    from streams.extract.quotes.described import Describer
    describe = Describer(load("id"))
    senior = {"name": "Bilahari Kausikan", "role_key": "senior diplomat", "country": "SGP", "gender": None}
    minister = {"name": "Sugiono", "role_key": "foreign minister", "country": "IDN", "gender": "male"}
    assert describe.person("diplomat senior itu".split(), None, [senior, minister]) is senior
    # With nobody of its own role, a kin role still fits: the latest.
    assert describe.person("diplomat senior itu".split(), None, [minister]) is minister


def test_resolve_speakers_learns_the_nickname_a_description_gives():
    # "pria yang akrab disapa Bimo itu" names back Bimantoro Wicaksono, and "Bimo" names him from then on.
    fs = frames(["Direktur Jenderal Imigrasi Bimantoro Wicaksono mengatakan petugas menyita dua kapal di Natuna.",
                 "“Kami tidak akan mundur,” tegas pria yang akrab disapa Bimo itu."], "id")
    ctx = fs[0].para.ctx
    speakers.resolve_speakers([f.quote for f in fs], fs[0].para)
    assert fs[0].quote.actor.name == "Bimantoro Wicaksono"
    assert ctx.resolve_name("Bimo")["name"] == "Bimantoro Wicaksono"
    from streams.extract.lexicon import load
    from streams.extract.quotes.described import Describer
    assert Describer(load("en")).nickname("the man known as Bimo".split()) == "Bimo"
    assert Describer(load("id")).nickname("pria yang disapa warga itu".split()) is None
