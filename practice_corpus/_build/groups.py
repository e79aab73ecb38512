"""Corpus-level gold: cast, arcs, duplicate groups, ambiguous dates, hard cases (CC0 1.0).

Everything here is fictional.
"""

CONVENTIONS = {
    "body": (
        "txt: everything between the date line and the 'Original url:' line, stripped of leading and "
        "trailing whitespace, exactly as in the file (so it includes photo-caption lines, 'Related article:' "
        "lines and markdown-escaped dollar signs '\\$'). csv: the 'body' cell. html: the text of the <p> "
        "elements inside <article>, HTML entities decoded, joined with a blank line."
    ),
    "offsets": "start/end are character offsets into that body (Python str indexing, end exclusive).",
    "quote_text": (
        "direct and partial quotes: exactly the characters between the opening and the closing quotation "
        "mark (so a trailing comma or full stop inside the marks is included). A multi-paragraph quote runs "
        "from after the first opening mark to before the final closing mark and therefore contains the "
        "paragraph break and the re-opening quotation mark. indirect quotes: the reported clause, without "
        "a leading 'that'."
    ),
    "split_quotes": "A split quote (\"A,\" she said. \"B.\") is two gold quotes, both with feature 'split'.",
    "quote_nesting": (
        "An indirect quote may contain a partial quote; both are listed (the partial one separately)."
    ),
    "speaker": (
        "'speaker' is the mention as written nearest to the cue (a name, a pronoun, a description such "
        "as 'the port chief', or an anonymous description such as 'officials'); null for floating quotes "
        "that have no cue. 'speaker_resolved' is the full canonical name (null for anonymous sources). "
        "A spokesperson for a named organisation is resolved to the organisation."
    ),
    "speaker_kind": "person | organisation | anonymous",
    "quote_type": "direct | partial | indirect",
    "cue": "the attribution verb or phrase as written ('said', 'told', 'according to', 'called'); null for floating quotes.",
    "temporal": (
        "TimeML/TIMEX3 types DATE, TIME, DURATION, SET; values normalised against the publication date "
        "(or, where noted, against the time a quote was spoken). Seasons use SP/SU/FA/WI, parts of day "
        "MO/AF/EV/NI, weekends -WE, vague references PAST_REF/PRESENT_REF/FUTURE_REF, unknown quantities X. "
        "Ages ('47', '19-year-old') and event-anchored ordinals ('its third week', 'the first day of the "
        "strike', 'a fourth day of cuts') are not annotated. Photo captions and 'Related article:' lines "
        "are not annotated."
    ),
    "weekday_resolution": (
        "A bare weekday in past-tense reporting ('said Tuesday') is the most recent such day before the "
        "publication date; in future-tense reporting ('will decide on Thursday') the next such day."
    ),
}

OUTLET_STAFF = [
    {"name": "Ana Rell", "role": "city hall reporter", "affiliation": "Harbour Gazette", "kind": "journalist"},
    {"name": "Joss Merrin", "role": "harbour and environment reporter", "affiliation": "Harbour Gazette", "kind": "journalist"},
    {"name": "Teodor Vask", "role": "labour and transport correspondent", "affiliation": "Kestrane Courier", "kind": "journalist"},
    {"name": "Noor Halloway", "role": "political correspondent", "affiliation": "Kestrane Courier", "kind": "journalist"},
    {"name": "Elin Baske", "role": "valley editor", "affiliation": "Tarrow Valley Herald", "kind": "journalist"},
    {"name": "Mika Dorran", "role": "reporter", "affiliation": "Island Signal", "kind": "journalist"},
]

CAST = OUTLET_STAFF + [
    # port arc
    {"name": "Tomas Verin", "role": "Mayor of Port Merrow, chairs the city council", "affiliation": "Port Merrow city council", "arc": "port", "also_called": ["Verin", "the mayor", "Mayor Tomas Verin"]},
    {"name": "Halla Dunmore", "role": "chief executive of the harbour authority", "affiliation": "Port Merrow Harbour Authority", "arc": "port", "also_called": ["Dunmore", "the port chief", "Port chief Dunmore", "Harbour authority chief Halla Dunmore"]},
    {"name": "Ivo Vell", "role": "city councillor for the harbour ward, critic of the Eastmole plan", "affiliation": "Port Merrow city council", "arc": "port", "also_called": ["Vell", "Councillor Ivo Vell"]},
    {"name": "Ottilie Brask", "role": "chair of the fishers' cooperative", "affiliation": "Merrow Fishers' Cooperative", "arc": "port", "also_called": ["Brask"]},
    {"name": "Renata Quill", "role": "campaigns director", "affiliation": "Merrow Sound Trust", "arc": "port"},
    {"name": "Joren Faske", "role": "ship-repair yard owner", "affiliation": None, "arc": "port"},
    # drought arc
    {"name": "Maren Solte", "role": "chair of the water board; from June minister of water", "affiliation": "Tarrow Valley Water Board", "arc": "drought", "also_called": ["Dr. Maren Solte", "Solte", "board chair Maren Solte"]},
    {"name": "Piet Kallan", "role": "president of the growers' union", "affiliation": "Valley Growers' Union", "arc": "drought", "also_called": ["Kallan"]},
    {"name": "Agnes Tull", "role": "mayor of Hestmoor", "affiliation": "Hestmoor village council", "arc": "drought", "also_called": ["Tull", "Hestmoor mayor Agnes Tull"]},
    {"name": "Hanne Orlo", "role": "retired teacher", "affiliation": None, "arc": "drought"},
    {"name": "Grete Orsby", "role": "orchard grower near Brinnack", "affiliation": None, "arc": "drought"},
    {"name": "Teodric Bale", "role": "Hestmoor resident", "affiliation": None, "arc": "drought"},
    {"name": "Bram Teller", "role": "livestock farmer in Brinnack", "affiliation": None, "arc": "drought"},
    {"name": "Ruth Annick", "role": "Caddow councillor on the water board", "affiliation": "Tarrow Valley Water Board", "arc": "drought"},
    {"name": "Dov", "role": "car wash owner in Caddow (surname not given)", "affiliation": None, "arc": "drought"},
    # election arc
    {"name": "Senna Ardell", "role": "Coastal Alliance leader, former mayor of Selvane; president from June 1", "affiliation": "Coastal Alliance", "arc": "election", "also_called": ["Ardell", "President Senna Ardell", "President-elect Senna Ardell"]},
    {"name": "Rurik Hale", "role": "finance minister, National Unity candidate", "affiliation": "National Unity bloc", "arc": "election", "also_called": ["Hale", "the former finance minister"]},
    {"name": "Abel Toshen", "role": "Green Islands candidate, marine biologist", "affiliation": "Green Islands Party", "arc": "election", "also_called": ["Toshen"]},
    {"name": "Judit Pell", "role": "chair of the electoral commission", "affiliation": "Kestrane Electoral Commission", "arc": "election", "also_called": ["Pell"]},
    {"name": "Edda Marrick", "role": "outgoing president (never quoted)", "affiliation": None, "arc": "election"},
    {"name": "Fenna Osk", "role": "Hale's campaign manager; later interim National Unity leader", "affiliation": "National Unity bloc", "arc": "election", "also_called": ["Osk"]},
    {"name": "Davin Sorrel", "role": "Ardell's spokesman", "affiliation": "Coastal Alliance", "arc": "election"},
    {"name": "Lorne Achter", "role": "director of the polling firm", "affiliation": "Isle Opinion Research", "arc": "election"},
    {"name": "Nils Arvo", "role": "transport minister from June (never quoted)", "affiliation": "Coastal Alliance", "arc": "election"},
    # ferry arc
    {"name": "Brann Cotter", "role": "general secretary of the seafarers' union", "affiliation": "Seafarers' Guild", "arc": "ferry", "also_called": ["Cotter"]},
    {"name": "Delphine Arkwright", "role": "chief executive of the ferry company", "affiliation": "Kestrane Island Ferries", "arc": "ferry", "also_called": ["Arkwright"]},
    {"name": "Milo Serrat", "role": "ferry company spokesperson", "affiliation": "Kestrane Island Ferries", "arc": "ferry"},
    {"name": "Olav Rensing", "role": "transport minister until June", "affiliation": "Ministry of Transport", "arc": "ferry", "also_called": ["Rensing"]},
    {"name": "Ansel Varrick", "role": "retired judge, mediator", "affiliation": None, "arc": "ferry", "also_called": ["Varrick"]},
    {"name": "Hanne Vos", "role": "grocer on Skerrow", "affiliation": None, "arc": "ferry"},
    {"name": "Tobiah Renk", "role": "ferry deckhand from Orlen Bay", "affiliation": "Seafarers' Guild", "arc": "ferry"},
    {"name": "Ilse Corvane", "role": "stranded passenger", "affiliation": None, "arc": "ferry"},
    {"name": "Marit Oshby", "role": "chair of the traders' association", "affiliation": "Orlen Bay Traders' Association", "arc": "ferry"},
    # culture
    {"name": "Inez Caldor", "role": "film director of \"Salt Winds\"", "affiliation": None, "arc": "culture", "also_called": ["Caldor"]},
    {"name": "Saul Petrin", "role": "film reviewer", "affiliation": "festival bulletin", "arc": "culture"},
    {"name": "Oona Brickell", "role": "director of the Selvane Island Film Festival", "affiliation": None, "arc": "culture"},
    {"name": "Anika Sorley", "role": "director of the Port Merrow Harbour Festival", "affiliation": None, "arc": "culture"},
    {"name": "Wren Malloy", "role": "actor (never quoted)", "affiliation": None, "arc": "culture"},
]

ARCS = [
    {"id": "port", "title": "The Eastmole harbour expansion",
     "summary": "The Port Merrow Harbour Authority proposes a $412 million extension of the Eastmole breakwater with a dredged deep-water channel. Fishers fear for the Gull Point mussel beds; the council delays its vote (March 12), holds a hearing (April 9), fishing boats blockade the harbour (April 21), the environmental study appears (May 2), the plan is trimmed to $376 million and the council approves it 7-5 on June 10. The fishers announce a court challenge.",
     "sentiment": "Authority and mayor move from confident to conciliatory; fishers from alarmed to defiant."},
    {"id": "drought", "title": "Drought and water rationing in the Tarrow Valley",
     "summary": "Lake Orme falls from 31% (March 4) to 16% (May 20). Rationing starts on March 18 (Tuesdays and Fridays), adds Wednesdays (April 16) and Mondays (mid-May); Hestmoor's wells fail; growers get a $4 million wells package. Heavy rain from June 4 lifts the lake to 34% and rationing is cut to one day a week from June 17.",
     "sentiment": "Steadily darker through May, sharp relief in June."},
    {"id": "election", "title": "The presidential election and runoff",
     "summary": "Election called for April 27. Senna Ardell (Coastal Alliance), Rurik Hale (National Unity) and Abel Toshen (Green Islands) campaign; Hale 38.4%, Ardell 36.9%, Toshen 21.2% in the first round; Ardell wins the May 18 runoff 50.6% to 49.4% and is sworn in on June 1; cabinet named June 17.",
     "sentiment": "Who gets quoted shifts from Hale (early) to Ardell (late)."},
    {"id": "ferry", "title": "The Kestrane Island Ferries strike",
     "summary": "The Seafarers' Guild balloting (April 7-14), 84% vote to strike, strike from May 6; stranded islanders, fuel shortages, a mediator; a deal on June 2 (ten-hour shift cap, 5% pay); ferries sail again June 4.",
     "sentiment": "Union and company both harden in May; relief in June."},
    {"id": "culture", "title": "The film \"Salt Winds\"",
     "summary": "A small bookend arc: the film opens the Selvane festival in March and is screened on the Eastmole quay in June.",
     "sentiment": "Warm."},
]

DUPLICATE_GROUPS = [
    {"group_id": "near-1", "kind": "near",
     "members": ["008_council-shelves-harbour-vote", "009_council-puts-off-eastmole-decision"],
     "source": "Coastal Press Agency",
     "differences": "Different headline; byline 'By CPA' vs 'By Coastal Press Agency'; outlet Kestrane Courier vs Island Signal; 009 drops the Merrow Sound Trust sentence and adds 'A date for the public hearing has not been set.'"},
    {"group_id": "near-2", "kind": "near",
     "members": ["018_ferry-union-strike-ballot", "019_ferry-crews-set-for-strike-ballot"],
     "source": "Coastal Press Agency",
     "differences": "Different headline and outlet (Kestrane Courier vs Harbour Gazette); 019 is published a day later and drops the sentence about Transport Minister Olav Rensing."},
    {"group_id": "near-3", "kind": "near",
     "members": ["028_hale-ardell-head-for-runoff", "029_presidential-race-goes-to-runoff"],
     "source": "Coastal Press Agency",
     "differences": "txt file (Kestrane Courier) vs CSV row 4 of tabular/wire_feed.csv (Harbour Gazette); the CSV copy adds the dateline 'PORT MERROW (CPA) — ' and a sentence quoting Judit Pell."},
    {"group_id": "near-4", "kind": "near",
     "members": ["041_ardell-wins-presidency", "042_ardell-elected-president"],
     "source": "Coastal Press Agency",
     "differences": "txt (Kestrane Courier) vs HTML page (Harbour Gazette); different headline; the HTML copy adds a dateline and a sentence with a partial quote from Abel Toshen."},
    {"group_id": "exact-1", "kind": "exact",
     "members": ["034_islanders-turn-to-fishing-boats", "035_stranded-islanders-fishing-boats-copy"],
     "source": "Meridian Wire",
     "differences": "None: the two files are byte-identical (same title, byline, date, body and URL), as when a scraper saves one page twice."},
    {"group_id": "same-event-1", "kind": "same_event",
     "members": ["007_port-vote-delayed", "008_council-shelves-harbour-vote", "009_council-puts-off-eastmole-decision"],
     "source": None,
     "differences": "Not duplicates: 007 is the Harbour Gazette's own staff story about the same council meeting; 008/009 are the agency version. A near-duplicate detector should group 008+009 but not 007 (a useful false-positive check)."},
]

AMBIGUOUS_DATES = [
    {"article_id": "032_last-ditch-ferry-talks-fail", "where": "pubdate", "text": "04/05/2031",
     "readings": ["2031-05-04", "2031-04-05"], "intended": "2031-05-04",
     "convention": "day-first (DD/MM/YYYY)",
     "evidence": "The body reports talks 'on Sunday afternoon' and a strike 'from Tuesday'. 4 May 2031 is a Sunday (5 April 2031 is a Saturday), and the strike began on May 6."},
    {"article_id": "038_eastmole-study-council-vote-set", "where": "body", "text": "10/06/2031",
     "readings": ["2031-06-10", "2031-10-06"], "intended": "2031-06-10",
     "convention": "day-first (DD/MM/YYYY)",
     "evidence": "The same paragraph says the council will vote 'next month' (June); articles 047 and 052 confirm the June 10 vote."},
    {"article_id": "043_rationing-extended-through-summer", "where": "body", "text": "12/05/2031",
     "readings": ["2031-05-12", "2031-12-05"], "intended": "2031-05-12",
     "convention": "day-first (DD/MM/YYYY)",
     "evidence": "An order cannot be dated December 5 if it is reported on May 21; the day-first reading is the only one before the publication date."},
]

# Narrative list of deliberate hard cases.  The builder adds the article lists for
# quote features and non-quote kinds automatically (see gold.json "index").
HARD_CASES = [
    {"case": "wire copies (near-duplicates)", "articles": ["008_council-shelves-harbour-vote", "009_council-puts-off-eastmole-decision", "018_ferry-union-strike-ballot", "019_ferry-crews-set-for-strike-ballot", "028_hale-ardell-head-for-runoff", "029_presidential-race-goes-to-runoff", "041_ardell-wins-presidency", "042_ardell-elected-president"], "note": "See duplicate_groups near-1..near-4."},
    {"case": "exact duplicate", "articles": ["034_islanders-turn-to-fishing-boats", "035_stranded-islanders-fishing-boats-copy"], "note": "Byte-identical files."},
    {"case": "ambiguous numeric dates", "articles": ["032_last-ditch-ferry-talks-fail", "038_eastmole-study-council-vote-set", "043_rationing-extended-through-summer"], "note": "See ambiguous_dates."},
    {"case": "varied CSV pubdate formats", "articles": ["006_water-board-warns-rationing", "015_poll-hale-ardell-neck-and-neck", "022_toshen-outsider-campaign", "029_presidential-race-goes-to-runoff", "032_last-ditch-ferry-talks-fail", "039_minister-summons-ferry-chiefs", "045_growers-win-wells-package", "050_first-ferries-sail"], "note": "ISO date, '28 March 2031', 'April 11, 2031 08:10', ISO with Z, '04/05/2031', '15.05.2031', RFC 2822, ISO with offset."},
    {"case": "agency credit only in the dateline (CSV has no byline column)", "articles": ["006_water-board-warns-rationing", "022_toshen-outsider-campaign", "029_presidential-race-goes-to-runoff", "039_minister-summons-ferry-chiefs"], "note": "'CADDOW (MW) —', 'PORT MERROW (CPA) —'."},
    {"case": "multi-paragraph quote", "articles": ["004_fishers-warn-eastmole"], "note": "Opening mark, no closing mark at the end of the paragraph, new paragraph re-opens the quote."},
    {"case": "floating quotes (no cue, same speaker as before)", "articles": ["010_rationing-begins", "049_ferry-strike-ends", "053_fishers-vow-court-fight"], "note": ""},
    {"case": "speaker-verb inversion with apposition", "articles": ["001_port-expansion-plan-unveiled", "007_port-vote-delayed", "010_rationing-begins", "024_ferry-crews-back-strike"], "note": "e.g. 'said Mayor Tomas Verin, who chairs the council.' (007). Full list in gold.json index."},
    {"case": "colon cues", "articles": ["017_first-debate-harbour-water", "037_ardell-pledges-ferry-settlement", "048_ardell-sworn-in", "052_council-approves-eastmole"], "note": "'Hale replied:', 'Ardell said:', 'He said:'."},
    {"case": "reported speech with 'that' and bare weekday", "articles": ["007_port-vote-delayed", "024_ferry-crews-back-strike", "053_fishers-vow-court-fight"], "note": "'Verin said that the council would ...', 'Transport Minister Olav Rensing said Tuesday that ...'."},
    {"case": "'according to' attributions", "articles": ["001_port-expansion-plan-unveiled", "006_water-board-warns-rationing", "011_growers-ask-for-emergency-wells", "014_harbour-authority-green-corridor", "025_hale-outspends-rivals", "039_minister-summons-ferry-chiefs"], "note": "Full list in gold.json index."},
    {"case": "descriptions for established people", "articles": ["007_port-vote-delayed", "014_harbour-authority-green-corridor", "021_eastmole-public-hearing", "048_ardell-sworn-in", "053_fishers-vow-court-fight"], "note": "'the port chief' = Halla Dunmore; 'The mayor' = Tomas Verin; 'the former finance minister' = Rurik Hale."},
    {"case": "anonymous sources", "articles": ["007_port-vote-delayed", "020_water-tankers-stretched", "022_toshen-outsider-campaign", "040_toshen-stays-neutral", "046_ferry-talks-resume-under-mediator"], "note": "'officials said', 'a source close to the talks said', 'A senior National Unity strategist, who asked not to be named'."},
    {"case": "'declined to comment' (not a quote)", "articles": ["002_election-date-set", "015_poll-hale-ardell-neck-and-neck", "024_ferry-crews-back-strike", "030_valley-swings-to-toshen", "038_eastmole-study-council-vote-set", "046_ferry-talks-resume-under-mediator", "053_fishers-vow-court-fight", "056_salt-winds-harbour-festival"], "note": "In 024 and 030 the next clause IS reported speech."},
    {"case": "scare quotes and titles in quotes (not quotes)", "articles": ["013_salt-winds-festival", "014_harbour-authority-green-corridor", "031_ferry-strike-called", "033_ferries-idle-as-strike-begins", "056_salt-winds-harbour-festival"], "note": "the so-called \"green corridor\"; the film \"Salt Winds\"; a banner reading \"Rested crews are safe crews.\""},
    {"case": "pronoun traps inside quotes", "articles": ["043_rationing-extended-through-summer", "055_ardell-names-cabinet"], "note": "'She drinks what she drinks.' (a cow); 'She said yes ...' (nested speech inside Maren Solte's quote)."},
    {"case": "relative dates anchored to speech time, not publication", "articles": ["041_ardell-wins-presidency", "042_ardell-elected-president", "048_ardell-sworn-in"], "note": "'Tonight' / 'Tomorrow' / 'From today' inside quotes spoken the day before publication."},
    {"case": "midnight boundaries", "articles": ["031_ferry-strike-called", "033_ferries-idle-as-strike-begins", "040_toshen-stays-neutral"], "note": "'midnight on Monday' = start of Tuesday."},
    {"case": "non-temporal look-alikes", "articles": ["056_salt-winds-harbour-festival", "013_salt-winds-festival"], "note": "'spring tide' and 'the early boat' are not temporal expressions; ages are not annotated."},
    {"case": "split paragraph (second part starts lowercase)", "articles": ["007_port-vote-delayed", "049_ferry-strike-ends"], "note": "In 049 an indirect quote runs across the break, so its gold text contains the blank line."},
    {"case": "photo caption and 'Related article:' lines inside the body", "articles": ["001_port-expansion-plan-unveiled", "007_port-vote-delayed", "021_eastmole-public-hearing", "031_ferry-strike-called", "038_eastmole-study-council-vote-set", "051_heavy-rain-reaches-valley", "052_council-approves-eastmole", "056_salt-winds-harbour-festival"], "note": "Captions end in a bold credit '**Photo: ...**'."},
]
