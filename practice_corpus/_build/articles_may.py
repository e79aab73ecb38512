# ruff: noqa: E501
"""may 2031 articles (fictional, CC0 1.0)."""

from dataclasses import replace

from model import NQ, Q, Article

A = Article
ARTICLES: list[Article] = []

ARTICLES.append(A(
    31, "ferry-strike-called", "txt", "HG", "By Ana Rell", "2031-05-02",
    "Ferry Strike Called From Tuesday as Talks Collapse",
    """
The Seafarers' Guild has called an indefinite strike at Kestrane Island Ferries starting at midnight on Monday, after eleven hours of talks at the Ministry of Transport ended without agreement late on Thursday.

The strike will halt all scheduled sailings between Port Merrow and the outer islands except one daily "lifeline" crossing to Orlen Bay and the Skerrow islands, which the guild has agreed to crew for medical and food supplies.

"We went into that room wanting a deal," Brann Cotter, the guild's general secretary, said outside the ministry. "We came out with the same offer we were given in March."

The company has raised its offer to 4 percent, according to a letter to staff seen by the Gazette, but has refused to change the rostering system that the guild says leaves crews exhausted.

Delphine Arkwright, the company's chief executive, said the strike would "punish islanders for a dispute they have no part in." She urged crews to ignore the call and said the company would try to run a reduced timetable with managers and agency staff.

The guild called that plan "unsafe and probably illegal."

Island businesses are bracing for disruption. Hanne Vos, who runs the only grocery on Skerrow, said she had ordered two weeks of stock in advance. "After that, I don't know," she said.
""",
    arc="ferry", authors=["Ana Rell"],
    caption=(0, "Crew members leave the Ministry of Transport after the talks broke down.", "Photo: Harbour Gazette"),
    quotes=[
        Q("We went into that room wanting a deal,", "direct", "Brann Cotter", "Brann Cotter", "person", "said", "split"),
        Q("We came out with the same offer we were given in March.", "direct", "Brann Cotter", "Brann Cotter", "person", "said", "split"),
        Q("The company has raised its offer to 4 percent", "indirect", "a letter to staff seen by the Gazette", "Kestrane Island Ferries", "organisation", "according to", "according_to"),
        Q("leaves crews exhausted", "indirect", "the guild", "Seafarers' Guild", "organisation", "says"),
        Q("punish islanders for a dispute they have no part in.", "partial", "Delphine Arkwright", "Delphine Arkwright", "person", "said"),
        Q("the company would try to run a reduced timetable with managers and agency staff", "indirect", "She", "Delphine Arkwright", "person", "said", "pronoun"),
        Q("unsafe and probably illegal.", "partial", "The guild", "Seafarers' Guild", "organisation", "called"),
        Q("she had ordered two weeks of stock in advance", "indirect", "Hanne Vos", "Hanne Vos", "person", "said"),
        Q("After that, I don't know,", "direct", "she", "Hanne Vos", "person", "said", "pronoun"),
    ],
    non_quotes=[NQ("lifeline", "scare_quote", "Term in quotation marks, not attributed speech.")],
    times=[
        ("midnight on Monday", "@next:MO|T24:00", "TIME", 0, "Midnight at the end of Monday May 5, i.e. the start of Tuesday May 6 (see the headline)."),
        ("eleven hours", "PT11H", "DURATION"),
        ("Thursday", "@last:TH", "DATE"),
        ("daily", "P1D", "SET"),
        ("in March", "2031-03", "DATE"),
        ("two weeks", "P2W", "DURATION"),
    ],
    features=["photo_caption", "scare_quotes"],
))

ARTICLES.append(A(
    32, "last-ditch-ferry-talks-fail", "csv", "IS", "By Mika Dorran", "2031-05-04",
    "Last-ditch ferry talks end without deal",
    """
Last-ditch talks to avert a strike at Kestrane Island Ferries broke up on Sunday afternoon without agreement, leaving tens of thousands of islanders facing the loss of their regular ferry service from Tuesday.

The two sides met for four hours at a hotel in Port Merrow under the chairmanship of a retired judge, Ansel Varrick, who was appointed by the transport ministry on Friday.

"The gap is smaller than it was," Varrick told reporters afterwards. "It is not yet small enough."

Guild general secretary Brann Cotter said the union had offered to phase in the new rosters over two years but that the company had "not moved an inch" on hours.

A company spokesperson said the latest offer of 4 percent was "final and fair."

Passengers queued at the Selvane terminal on Sunday to book seats on Monday's crossings, the last before the strike. Ticket office staff said all of them were sold out by midday.
""",
    arc="ferry", authors=["Mika Dorran"], pubdate_raw="04/05/2031",
    quotes=[
        Q("The gap is smaller than it was,", "direct", "Varrick", "Ansel Varrick", "person", "told", "split"),
        Q("It is not yet small enough.", "direct", "Varrick", "Ansel Varrick", "person", "told", "split"),
        Q("the union had offered to phase in the new rosters over two years", "indirect", "Guild general secretary Brann Cotter", "Brann Cotter", "person", "said"),
        Q("not moved an inch", "partial", "Guild general secretary Brann Cotter", "Brann Cotter", "person", "said"),
        Q("final and fair.", "partial", "A company spokesperson", "Kestrane Island Ferries", "organisation", "said"),
        Q("all of them were sold out by midday", "indirect", "Ticket office staff", None, "anonymous", "said", "anonymous"),
    ],
    times=[
        ("Sunday afternoon", "@d|TAF", "TIME"),
        ("Tuesday", "@next:TU", "DATE"),
        ("for four hours", "PT4H", "DURATION"),
        ("on Friday", "@last:FR", "DATE"),
        ("two years", "P2Y", "DURATION"),
        ("on Sunday", "@d", "DATE", 1),
        ("Monday", "@next:MO", "DATE"),
        ("midday", "@d|T12:00", "TIME"),
    ],
    features=["csv_row", "ambiguous_pubdate"],
))

ARTICLES.append(A(
    33, "ferries-idle-as-strike-begins", "txt", "KC", "By Teodor Vask", "2031-05-06",
    "Ferries Stand Idle as Island Strike Begins",
    """
Kestrane Island Ferries cancelled all but one of its 46 scheduled sailings today as the first ferry strike in twelve years began at midnight, leaving vessels tied up three deep along the Port Merrow ferry quay.

Only the lifeline crossing to Orlen Bay, crewed by volunteers from the Seafarers' Guild, left on time at 6.15 a.m. It carried medical supplies, mail and about 40 passengers with hospital appointments.

Picket lines formed at the ferry terminals in Port Merrow, Selvane and Orlen Bay. In Port Merrow, about 200 crew members gathered behind a banner reading "Rested crews are safe crews."

"Nobody here wanted to be standing on a quay instead of sailing," said Brann Cotter, the guild's general secretary. "But nobody here is going back to fourteen-hour days either."

The company said it had been unable to run the reduced timetable it had promised because too few managers held the necessary certificates. It apologised to passengers and said refunds would be issued automatically.

Transport Minister Olav Rensing said in parliament that the government was "watching closely" but repeated that it would not impose a settlement.

The strike's timing, twelve days before the presidential runoff, has forced both candidates to take sides. Senna Ardell visited the Port Merrow picket line; Rurik Hale said on Monday that the company's offer was "generous in difficult times."
""",
    arc="ferry", authors=["Teodor Vask"],
    quotes=[
        Q("Nobody here wanted to be standing on a quay instead of sailing,", "direct", "Brann Cotter", "Brann Cotter", "person", "said", "split", "inverted_apposition"),
        Q("But nobody here is going back to fourteen-hour days either.", "direct", "Brann Cotter", "Brann Cotter", "person", "said", "split", "inverted_apposition"),
        Q("it had been unable to run the reduced timetable it had promised because too few managers held the necessary certificates", "indirect", "The company", "Kestrane Island Ferries", "organisation", "said"),
        Q("refunds would be issued automatically", "indirect", "It", "Kestrane Island Ferries", "organisation", "said", "pronoun"),
        Q("the government was \"watching closely\"", "indirect", "Transport Minister Olav Rensing", "Olav Rensing", "person", "said"),
        Q("watching closely", "partial", "Transport Minister Olav Rensing", "Olav Rensing", "person", "said"),
        Q("it would not impose a settlement", "indirect", "Transport Minister Olav Rensing", "Olav Rensing", "person", "repeated"),
        Q("generous in difficult times.", "partial", "Rurik Hale", "Rurik Hale", "person", "said"),
    ],
    non_quotes=[NQ("Rested crews are safe crews.", "sign_text", "Words on a banner, not speech by a named speaker.")],
    times=[
        ("today", "@d", "DATE"),
        ("twelve years", "P12Y", "DURATION"),
        ("midnight", "@d-1|T24:00", "TIME"),
        ("6.15 a.m.", "@d|T06:15", "TIME"),
        ("fourteen-hour", "PT14H", "DURATION"),
        ("twelve days", "P12D", "DURATION"),
        ("on Monday", "@last:MO", "DATE"),
    ],
))

_stranded = A(
    34, "islanders-turn-to-fishing-boats", "txt", "IS", "By Meridian Wire", "2031-05-07",
    "Stranded Islanders Turn to Fishing Boats as Ferry Strike Bites",
    """
SELVANE — Islanders stranded by the ferry strike are paying fishing crews and private yacht owners to take them to Port Merrow, with fares of up to $80 for a crossing that normally costs $12.

On the first day of the strike yesterday, a steady stream of small boats left the slipway at Selvane's old harbour. The harbour master said 31 private crossings had been logged by early afternoon.

"I have a job interview on Thursday. I'm not missing it because of a strike," said Ilse Corvane, 24, as she climbed into a lobster boat with a suitcase.

The Kestrane coastguard warned on Tuesday that many of the boats were not licensed to carry passengers and urged people not to travel unless it was essential.

"Fishing boats are built for fish, not for families," a coastguard spokesman said.

The Seafarers' Guild said it understood people's frustration but blamed the company's management for the disruption.

Kestrane Island Ferries said it hoped to restore some services "in the coming days."
""",
    arc="ferry", agency="MW",
    quotes=[
        Q("31 private crossings had been logged by early afternoon", "indirect", "The harbour master", None, "anonymous", "said", "description", "anonymous"),
        Q("I have a job interview on Thursday. I'm not missing it because of a strike,", "direct", "Ilse Corvane", "Ilse Corvane", "person", "said", "inverted_apposition"),
        Q("many of the boats were not licensed to carry passengers", "indirect", "The Kestrane coastguard", "Kestrane Coastguard", "organisation", "warned"),
        Q("Fishing boats are built for fish, not for families,", "direct", "a coastguard spokesman", "Kestrane Coastguard", "organisation", "said"),
        Q("it understood people's frustration", "indirect", "The Seafarers' Guild", "Seafarers' Guild", "organisation", "said"),
        Q("in the coming days.", "partial", "Kestrane Island Ferries", "Kestrane Island Ferries", "organisation", "said"),
    ],
    times=[
        ("yesterday", "@d-1", "DATE"),
        ("early afternoon", "@d-1|TAF", "TIME"),
        ("on Thursday", "@next:TH", "DATE"),
        ("on Tuesday", "@last:TU", "DATE"),
        ("the coming days", "FUTURE_REF", "DATE"),
    ],
    features=["exact_duplicate_source", "escaped_dollar"],
)
ARTICLES.append(_stranded)
ARTICLES.append(replace(_stranded, num=35, slug="stranded-islanders-fishing-boats-copy",
                        url_override=_stranded.url,
                        features=["exact_duplicate", "escaped_dollar"]))

ARTICLES.append(A(
    36, "showers-bring-little-relief", "txt", "TVH", "By Elin Baske", "2031-05-09",
    "Showers Bring Little Relief as Reservoir Hits 18 Percent",
    """
The first rain in the Tarrow Valley for almost six weeks fell on Wednesday and Thursday, but water board engineers said the showers had made almost no difference to the Lake Orme reservoir, which dropped to 18 percent yesterday.

About 11 millimetres of rain fell at Caddow over the two days, according to the Kestrane Met Service. Most of it soaked into parched ground before it could reach the streams that feed the lake.

"It was lovely to smell rain again," said Maren Solte, the water board's chair. "But we would need a month of rain like that, every day, to make a real difference."

The board voted on Tuesday to add a fourth day of cuts from next week, when mains water will be switched off on Mondays as well.

Farmers said the showers had come too late for the early crops. Piet Kallan, president of the Valley Growers' Union, said about a third of the valley's potato harvest had already been lost, worth roughly $14 million.

The runoff candidates will face questions on the drought at the Herald's forum in Caddow tomorrow evening. Both are expected to attend.

Forecasters expect the settled, dry weather to return over the weekend.
""",
    arc="drought", authors=["Elin Baske"],
    quotes=[
        Q("the showers had made almost no difference to the Lake Orme reservoir, which dropped to 18 percent yesterday", "indirect", "water board engineers", None, "anonymous", "said", "anonymous"),
        Q("About 11 millimetres of rain fell at Caddow over the two days", "indirect", "the Kestrane Met Service", "Kestrane Met Service", "organisation", "according to", "according_to"),
        Q("It was lovely to smell rain again,", "direct", "Maren Solte", "Maren Solte", "person", "said", "split", "inverted_apposition"),
        Q("But we would need a month of rain like that, every day, to make a real difference.", "direct", "Maren Solte", "Maren Solte", "person", "said", "split", "inverted_apposition"),
        Q("the showers had come too late for the early crops", "indirect", "Farmers", None, "anonymous", "said", "anonymous"),
        Q("about a third of the valley's potato harvest had already been lost, worth roughly $14 million", "indirect", "Piet Kallan", "Piet Kallan", "person", "said"),
    ],
    times=[
        ("almost six weeks", "P6W", "DURATION"),
        ("Wednesday", "@last:WE", "DATE"),
        ("Thursday", "@last:TH", "DATE"),
        ("yesterday", "@d-1", "DATE"),
        ("the two days", "P2D", "DURATION"),
        ("a month", "P1M", "DURATION"),
        ("every day", "P1D", "SET"),
        ("on Tuesday", "@last:TU", "DATE"),
        ("next week", "@w+1", "DATE"),
        ("Mondays", "XXXX-WXX-1", "SET"),
        ("tomorrow evening", "@d+1|TEV", "TIME"),
        ("the weekend", "2031-W19-WE", "DATE"),
    ],
    features=["escaped_dollar"],
))

ARTICLES.append(A(
    37, "ardell-pledges-ferry-settlement", "txt", "KC", "By Noor Halloway", "2031-05-12",
    "Ardell Pledges Ferry Settlement in First 30 Days as Runoff Tightens",
    """
Senna Ardell promised on Sunday to settle the ferry strike within 30 days of taking office, as a new poll showed the presidential runoff too close to call.

Speaking to several thousand supporters on the quay at Orlen Bay, where the strike has cut the island's regular link to the capital, Ardell said: "I will not let a single island be cut off for a single day longer than it takes to get the two sides around my table."

"The strike is a symptom," she said. "The disease is a government that stopped listening to the islands years ago."

Her rival, Finance Minister Rurik Hale, said the promise was "easy to make from a quay and impossible to keep from an office." He told a rally in Port Merrow that he would not "buy off" the unions with money the country did not have.

A poll by Isle Opinion Research published on Saturday put Ardell on 50.4 percent and Hale on 49.6 percent among decided voters, well within the margin of error. Abel Toshen has still not endorsed either candidate.

"Toshen voters are splitting roughly sixty-forty toward Ardell, but a lot of them may simply stay home," said Lorne Achter, the pollster's director.

The runoff is next Sunday. Polls will be open from 7 a.m. to 8 p.m.
""",
    arc="election", authors=["Noor Halloway"],
    quotes=[
        Q("to settle the ferry strike within 30 days of taking office", "indirect", "Senna Ardell", "Senna Ardell", "person", "promised"),
        Q("I will not let a single island be cut off for a single day longer than it takes to get the two sides around my table.", "direct", "Ardell", "Senna Ardell", "person", "said", "colon_cue"),
        Q("The strike is a symptom,", "direct", "she", "Senna Ardell", "person", "said", "split", "pronoun"),
        Q("The disease is a government that stopped listening to the islands years ago.", "direct", "she", "Senna Ardell", "person", "said", "split", "pronoun"),
        Q("the promise was \"easy to make from a quay and impossible to keep from an office.\"", "indirect", "Her rival, Finance Minister Rurik Hale", "Rurik Hale", "person", "said"),
        Q("easy to make from a quay and impossible to keep from an office.", "partial", "Her rival, Finance Minister Rurik Hale", "Rurik Hale", "person", "said"),
        Q("he would not \"buy off\" the unions with money the country did not have", "indirect", "He", "Rurik Hale", "person", "told", "pronoun"),
        Q("Toshen voters are splitting roughly sixty-forty toward Ardell, but a lot of them may simply stay home,", "direct", "Lorne Achter", "Lorne Achter", "person", "said", "inverted_apposition"),
    ],
    non_quotes=[NQ("buy off", "partial_or_scare", "Could be Hale's own words or the reporter's scare quotes; gold treats it as part of Hale's indirect quote, not a separate quote.")],
    times=[
        ("on Sunday", "@last:SU", "DATE"),
        ("within 30 days", "P30D", "DURATION"),
        ("a single day", "P1D", "DURATION"),
        ("years ago", "PAST_REF", "DATE"),
        ("on Saturday", "@last:SA", "DATE"),
        ("next Sunday", "@next:SU", "DATE"),
        ("7 a.m.", "2031-05-18T07:00", "TIME"),
        ("8 p.m.", "2031-05-18T20:00", "TIME"),
    ],
    features=["colon_cue", "split_quote"],
))

ARTICLES.append(A(
    38, "eastmole-study-council-vote-set", "txt", "HG", "By Joss Merrin", "2031-05-13",
    "Eastmole Study Finds 'Moderate' Risk to Shellfish; Council Vote Set for June",
    """
The long-awaited environmental impact statement for the Eastmole harbour expansion, published by the Port Merrow Harbour Authority on May 2, concludes that dredging poses a "moderate and manageable" risk to the Gull Point shellfish beds.

The 840-page study, prepared by consultants for the authority, estimates that between 10 and 25 percent of the mussel beds could be affected during the four years of construction, with recovery expected within a decade.

The city council will vote on the project next month. A notice posted at City Hall on Monday gives the date of the vote as 10/06/2031.

Halla Dunmore, the authority's chief executive, said the findings vindicated the revised plan. "Independent scientists have looked at every grain of sand," she said.

The fishers' cooperative was unconvinced. Its chair, Ottilie Brask, said a quarter of the beds was "a quarter of our income," and pointed out that the consultants had been paid by the authority.

"If I paid the referee, I'd expect to win too," Brask said.

Councillor Ivo Vell said he had read the executive summary twice. He said that the study had "a lot of confidence and not much data" about how long recovery would take, and that he would table an amendment requiring an independent review.

Mayor Tomas Verin declined to say how he would vote.
""",
    arc="port", authors=["Joss Merrin"],
    related=(3, "Fishing Boats Block Harbour Mouth in Eastmole Protest"),
    quotes=[
        Q("moderate and manageable", "partial", "The long-awaited environmental impact statement for the Eastmole harbour expansion", "Port Merrow Harbour Authority", "organisation", "concludes", "document_as_speaker"),
        Q("between 10 and 25 percent of the mussel beds could be affected during the four years of construction, with recovery expected within a decade", "indirect", "The 840-page study", "Port Merrow Harbour Authority", "organisation", "estimates", "document_as_speaker"),
        Q("the findings vindicated the revised plan", "indirect", "Halla Dunmore", "Halla Dunmore", "person", "said"),
        Q("Independent scientists have looked at every grain of sand,", "direct", "she", "Halla Dunmore", "person", "said", "pronoun"),
        Q("a quarter of our income,", "partial", "Its chair, Ottilie Brask", "Ottilie Brask", "person", "said"),
        Q("the consultants had been paid by the authority", "indirect", "Its chair, Ottilie Brask", "Ottilie Brask", "person", "pointed out"),
        Q("If I paid the referee, I'd expect to win too,", "direct", "Brask", "Ottilie Brask", "person", "said"),
        Q("he had read the executive summary twice", "indirect", "Councillor Ivo Vell", "Ivo Vell", "person", "said"),
        Q("the study had \"a lot of confidence and not much data\" about how long recovery would take, and that he would table an amendment requiring an independent review", "indirect", "He", "Ivo Vell", "person", "said", "pronoun", "reported_that"),
        Q("a lot of confidence and not much data", "partial", "He", "Ivo Vell", "person", "said", "pronoun"),
    ],
    non_quotes=[NQ("declined to say how he would vote", "declined_to_comment", "Not a quote.")],
    times=[
        ("May 2", "2031-05-02", "DATE"),
        ("four years", "P4Y", "DURATION"),
        ("within a decade", "P1DE", "DURATION"),
        ("next month", "@m+1", "DATE"),
        ("on Monday", "@last:MO", "DATE"),
        ("10/06/2031", "2031-06-10", "DATE", 0, "Ambiguous numeric date: read day-first (Kestrane convention) as June 10; month-first would give October 6. 'next month' in the same paragraph and later articles confirm June 10."),
    ],
    features=["ambiguous_body_date", "related_article_line"],
))

ARTICLES.append(A(
    39, "minister-summons-ferry-chiefs", "csv", "KC", "By Meridian Wire", "2031-05-15",
    "Minister summons ferry chiefs as strike enters second week",
    """
PORT MERROW (MW) — Transport Minister Olav Rensing summoned the heads of Kestrane Island Ferries and the Seafarers' Guild to his office on Wednesday, reversing weeks of insistence that the government would stay out of the dispute.

Rensing told parliament on Tuesday that the strike, now in its second week, had "gone on long enough," and that he was prepared to appoint an independent mediator with powers to recommend a binding settlement.

According to ministry officials, the meeting lasted two hours and ended with both sides agreeing to "a period of reflection" until Monday.

Shops on Orlen Bay and Skerrow have reported shortages of fresh milk, bread and fuel. The coastguard said it had carried out four medical evacuations by helicopter since the strike began.

Delphine Arkwright, the company's chief executive, said after the meeting that the company "remains open to any reasonable proposal." Brann Cotter of the guild said he had told the minister that crews wanted "rosters, not speeches."

The strike has cost the company an estimated $1.1 million a week in lost fares, the ministry said.
""",
    arc="ferry", agency="MW", pubdate_raw="15.05.2031",
    quotes=[
        Q("the strike, now in its second week, had \"gone on long enough,\" and that he was prepared to appoint an independent mediator with powers to recommend a binding settlement", "indirect", "Rensing", "Olav Rensing", "person", "told", "reported_that"),
        Q("gone on long enough,", "partial", "Rensing", "Olav Rensing", "person", "told"),
        Q("the meeting lasted two hours and ended with both sides agreeing to \"a period of reflection\" until Monday", "indirect", "ministry officials", None, "anonymous", "according to", "according_to", "anonymous"),
        Q("a period of reflection", "partial", "ministry officials", None, "anonymous", "according to", "anonymous"),
        Q("Shops on Orlen Bay and Skerrow have reported shortages of fresh milk, bread and fuel", "indirect", "Shops on Orlen Bay and Skerrow", None, "anonymous", "reported", "anonymous"),
        Q("it had carried out four medical evacuations by helicopter since the strike began", "indirect", "The coastguard", "Kestrane Coastguard", "organisation", "said"),
        Q("remains open to any reasonable proposal.", "partial", "Delphine Arkwright", "Delphine Arkwright", "person", "said"),
        Q("rosters, not speeches.", "partial", "Brann Cotter of the guild", "Brann Cotter", "person", "said"),
        Q("The strike has cost the company an estimated $1.1 million a week in lost fares", "indirect", "the ministry", "Ministry of Transport", "organisation", "said"),
    ],
    times=[
        ("on Wednesday", "@last:WE", "DATE"),
        ("weeks", "PXW", "DURATION"),
        ("on Tuesday", "@last:TU", "DATE"),
        ("now", "PRESENT_REF", "DATE"),
        ("two hours", "PT2H", "DURATION"),
        ("Monday", "@next:MO", "DATE"),
        ("a week", "P1W", "SET"),
    ],
    features=["csv_row", "agency_in_dateline", "according_to"],
))

ARTICLES.append(A(
    40, "toshen-stays-neutral", "txt", "IS", "By Mika Dorran", "2031-05-16",
    "Toshen Stays Neutral as Runoff Campaign Enters Final Weekend",
    """
Abel Toshen on Thursday again refused to endorse either candidate in Sunday's presidential runoff, telling a packed hall at the university in Selvane that his voters "can make up their own minds."

"I did not spend three months telling people to think for themselves in order to tell them what to think now," Toshen said.

Both campaigns have courted the Green Islands leader for weeks. Senna Ardell has adopted his call for a ferry commissioner and promised a national water plan; Rurik Hale has offered a review of the Eastmole dredging contract.

A source close to the Ardell campaign said the candidate had met Toshen privately last Friday. Toshen's office denied that any deal had been discussed.

The winner will be sworn in on June 1. The new president will name a cabinet within two weeks of taking office, according to the constitution.

Campaigning officially ends at midnight on Friday. Both candidates will hold final rallies tonight, Ardell in Selvane and Hale in Port Merrow.
""",
    arc="election", authors=["Mika Dorran"],
    quotes=[
        Q("can make up their own minds.", "partial", "Abel Toshen", "Abel Toshen", "person", "telling"),
        Q("I did not spend three months telling people to think for themselves in order to tell them what to think now,", "direct", "Toshen", "Abel Toshen", "person", "said"),
        Q("the candidate had met Toshen privately last Friday", "indirect", "A source close to the Ardell campaign", None, "anonymous", "said", "anonymous"),
        Q("a national water plan", "indirect", "Senna Ardell", "Senna Ardell", "person", "promised"),
        Q("any deal had been discussed", "indirect", "Toshen's office", "Abel Toshen campaign office", "organisation", "denied"),
        Q("The new president will name a cabinet within two weeks of taking office", "indirect", "the constitution", "Constitution of Kestrane", "organisation", "according to", "according_to", "document_as_speaker"),
    ],
    times=[
        ("on Thursday", "@last:TH", "DATE"),
        ("Sunday", "@next:SU", "DATE"),
        ("three months", "P3M", "DURATION"),
        ("now", "PRESENT_REF", "DATE"),
        ("for weeks", "PXW", "DURATION"),
        ("last Friday", "@last:FR", "DATE"),
        ("June 1", "2031-06-01", "DATE"),
        ("two weeks", "P2W", "DURATION"),
        ("midnight on Friday", "@d|T24:00", "TIME"),
        ("tonight", "@d|TNI", "TIME"),
    ],
    features=["anonymous_sources"],
))

_cpa_winner = """
{DATELINE}Senna Ardell, a former mayor of the fishing town of Selvane, was elected president of Kestrane on Sunday, defeating Finance Minister Rurik Hale by fewer than 6,000 votes in a runoff dominated by a ferry strike and a drought.

Ardell won 50.6 percent of the vote to Hale's 49.4 percent, according to preliminary results published by the Electoral Commission early on Monday. Turnout was 74 percent, higher than in the first round.

"Tonight the islands have been heard," Ardell told cheering supporters at the Selvane fish market, where she launched her campaign in March. "Tomorrow we start work."

Hale conceded shortly after 1 a.m. "The people have decided, and I respect their decision," he said in a brief statement. "I wish the president-elect well."

Ardell, 47, will be sworn in on June 1. She has promised to end the ferry strike within 30 days and to order an independent review of the Eastmole harbour expansion.
{TOSHEN}
The result is expected to be certified by the Electoral Commission later this week.
"""
_cpa_winner_quotes = [
    Q("Ardell won 50.6 percent of the vote to Hale's 49.4 percent", "indirect", "preliminary results published by the Electoral Commission", "Kestrane Electoral Commission", "organisation", "according to", "according_to"),
    Q("Tonight the islands have been heard,", "direct", "Ardell", "Senna Ardell", "person", "told", "split"),
    Q("Tomorrow we start work.", "direct", "Ardell", "Senna Ardell", "person", "told", "split"),
    Q("The people have decided, and I respect their decision,", "direct", "he", "Rurik Hale", "person", "said", "split", "pronoun"),
    Q("I wish the president-elect well.", "direct", "he", "Rurik Hale", "person", "said", "split", "pronoun"),
    Q("to end the ferry strike within 30 days and to order an independent review of the Eastmole harbour expansion", "indirect", "She", "Senna Ardell", "person", "promised", "pronoun"),
]
_speech_note = "Inside a quote spoken on Sunday night: anchor to the speech time, not the publication date."
_cpa_winner_times = [
    ("on Sunday", "@last:SU", "DATE"),
    ("Monday", "@d", "DATE"),
    ("Tonight", "2031-05-18TNI", "TIME", 0, _speech_note),
    ("in March", "2031-03", "DATE"),
    ("Tomorrow", "2031-05-19", "DATE", 0, _speech_note),
    ("1 a.m.", "2031-05-19T01:00", "TIME"),
    ("June 1", "2031-06-01", "DATE"),
    ("within 30 days", "P30D", "DURATION"),
    ("later this week", "@w", "DATE"),
]

ARTICLES.append(A(
    41, "ardell-wins-presidency", "txt", "KC", "By CPA", "2031-05-19",
    "Ardell Wins Kestrane Presidency by Narrow Margin",
    _cpa_winner.replace("{DATELINE}", "").replace("{TOSHEN}", ""),
    arc="election", agency="CPA",
    quotes=list(_cpa_winner_quotes), times=list(_cpa_winner_times),
    features=["wire_copy", "speech_time_anchor"],
))

ARTICLES.append(A(
    42, "ardell-elected-president", "html", "HG", "By Coastal Press Agency", "2031-05-19",
    "Ardell Elected President in Tight Runoff",
    _cpa_winner.replace("{DATELINE}", "PORT MERROW — ").replace(
        "{TOSHEN}", "\nGreen Islands leader Abel Toshen, who refused to endorse either candidate, said the result was \"a mandate for change, not for anybody in particular.\"\n"),
    arc="election", agency="CPA", published_time="2031-05-19T07:40:00Z", section="Politics",
    quotes=[*_cpa_winner_quotes,
            Q("a mandate for change, not for anybody in particular.", "partial", "Green Islands leader Abel Toshen", "Abel Toshen", "person", "said")],
    times=list(_cpa_winner_times),
    features=["wire_copy", "html_page", "speech_time_anchor"],
))

ARTICLES.append(A(
    43, "rationing-extended-through-summer", "txt", "TVH", "By Elin Baske", "2031-05-21",
    "Water Board Extends Rationing Through Summer",
    """
The Tarrow Valley Water Board has extended its rationing order until at least the end of August, warning that even a wet June would not refill the Lake Orme reservoir in time for the peak summer demand.

The board's emergency order, dated 12/05/2031 and published on its website on Monday, keeps mains supplies switched off four days a week and adds new limits on water for livestock.

"I would love to stand here and tell you it's nearly over," said Maren Solte, the board's chair. "I can't. What I can tell you is that we have not run out, and we are not going to."

The reservoir stood at 16 percent on Tuesday morning.

Solte said the board had written to president-elect Senna Ardell asking her to fast-track the northern pipeline she promised during the campaign. Ardell's transition team said the request would be "among the first on the new president's desk."

In Brinnack, livestock farmer Bram Teller said the new limits would force him to sell half his herd. "You can't ration a cow," he said. "She drinks what she drinks."

The water board's next review is due in three weeks.
""",
    arc="drought", authors=["Elin Baske"],
    quotes=[
        Q("even a wet June would not refill the Lake Orme reservoir in time for the peak summer demand", "indirect", "The Tarrow Valley Water Board", "Tarrow Valley Water Board", "organisation", "warning"),
        Q("I would love to stand here and tell you it's nearly over,", "direct", "Maren Solte", "Maren Solte", "person", "said", "split", "inverted_apposition"),
        Q("I can't. What I can tell you is that we have not run out, and we are not going to.", "direct", "Maren Solte", "Maren Solte", "person", "said", "split", "inverted_apposition"),
        Q("the board had written to president-elect Senna Ardell asking her to fast-track the northern pipeline she promised during the campaign", "indirect", "Solte", "Maren Solte", "person", "said"),
        Q("among the first on the new president's desk.", "partial", "Ardell's transition team", "Senna Ardell transition team", "organisation", "said"),
        Q("the new limits would force him to sell half his herd", "indirect", "livestock farmer Bram Teller", "Bram Teller", "person", "said"),
        Q("You can't ration a cow,", "direct", "he", "Bram Teller", "person", "said", "split", "pronoun"),
        Q("She drinks what she drinks.", "direct", "he", "Bram Teller", "person", "said", "split", "pronoun", "pronoun_trap"),
    ],
    times=[
        ("the end of August", "2031-08", "DATE"),
        ("June", "2031-06", "DATE"),
        ("summer", "2031-SU", "DATE"),
        ("12/05/2031", "2031-05-12", "DATE", 0, "Ambiguous numeric date: day-first gives May 12 (intended); month-first gives December 5, which is after the publication date."),
        ("on Monday", "@last:MO", "DATE"),
        ("four days a week", "P1W", "SET"),
        ("Tuesday morning", "@last:TU|TMO", "TIME"),
        ("in three weeks", "@w+3", "DATE"),
    ],
    features=["ambiguous_body_date"],
))

ARTICLES.append(A(
    44, "outer-islands-ration-fuel", "txt", "HG", "By Ana Rell", "2031-05-23",
    "Outer Islands Ration Fuel as Ferry Strike Enters Third Week",
    """
Shopkeepers on Skerrow and Orlen Bay began rationing petrol and cooking gas this week as the ferry strike, now in its eighteenth day, left fuel stocks on the outer islands at their lowest in living memory.

On Skerrow, grocer Hanne Vos said she had sold her last bottle of gas on Tuesday and had been limiting customers to five litres of petrol each since the weekend.

"People are being very patient. Patient is not the same as fine," she said. "Some of the older ones are cooking on driftwood fires."

The single lifeline ferry, which runs every morning to Orlen Bay, cannot carry fuel tankers under its safety certificate, according to the coastguard.

The Ministry of Transport said it had chartered a supply vessel from a private operator to deliver fuel, flour and medicines to the islands from Saturday. The guild said its members would not obstruct it.

Brann Cotter, the guild's general secretary, said he hoped the president-elect's promise of a settlement within 30 days would bring the company "back to the table with something real." Kestrane Island Ferries has made no new offer since the start of the month.

Council officials on Orlen Bay said the island's school would close early for the summer if fuel for its generator ran out.
""",
    arc="ferry", authors=["Ana Rell"],
    quotes=[
        Q("she had sold her last bottle of gas on Tuesday and had been limiting customers to five litres of petrol each since the weekend", "indirect", "grocer Hanne Vos", "Hanne Vos", "person", "said"),
        Q("People are being very patient. Patient is not the same as fine,", "direct", "she", "Hanne Vos", "person", "said", "split", "pronoun"),
        Q("Some of the older ones are cooking on driftwood fires.", "direct", "she", "Hanne Vos", "person", "said", "split", "pronoun"),
        Q("The single lifeline ferry, which runs every morning to Orlen Bay, cannot carry fuel tankers under its safety certificate", "indirect", "the coastguard", "Kestrane Coastguard", "organisation", "according to", "according_to"),
        Q("it had chartered a supply vessel from a private operator to deliver fuel, flour and medicines to the islands from Saturday", "indirect", "The Ministry of Transport", "Ministry of Transport", "organisation", "said"),
        Q("its members would not obstruct it", "indirect", "The guild", "Seafarers' Guild", "organisation", "said"),
        Q("he hoped the president-elect's promise of a settlement within 30 days would bring the company \"back to the table with something real.\"", "indirect", "Brann Cotter", "Brann Cotter", "person", "said"),
        Q("back to the table with something real.", "partial", "Brann Cotter", "Brann Cotter", "person", "said"),
        Q("the island's school would close early for the summer if fuel for its generator ran out", "indirect", "Council officials on Orlen Bay", None, "anonymous", "said", "anonymous"),
    ],
    times=[
        ("this week", "@w", "DATE"),
        ("now", "PRESENT_REF", "DATE"),
        ("on Tuesday", "@last:TU", "DATE"),
        ("the weekend", "2031-W20-WE", "DATE"),
        ("every morning", "XXXX-XX-XXTMO", "SET"),
        ("Saturday", "@next:SA", "DATE"),
        ("within 30 days", "P30D", "DURATION"),
        ("the start of the month", "2031-05", "DATE"),
        ("the summer", "2031-SU", "DATE"),
    ],
))

ARTICLES.append(A(
    45, "growers-win-wells-package", "csv", "TVH", "By Elin Baske", "2031-05-26",
    "Growers win $4 million emergency wells package",
    """
The outgoing government has approved a $4 million package to drill emergency wells in the Tarrow Valley, two months after growers first asked for help, the Ministry of Agriculture announced on Friday.

The money will pay for 26 boreholes, fewer than the forty the Valley Growers' Union requested in March. Drilling is due to start next week and finish by the end of July.

Piet Kallan, the union's president, called the package "late, small and very welcome."

"It will not save the orchards we have already lost," Kallan said. "It might save the ones we still have."

A ministry spokesperson said the decision had been taken "in consultation with the incoming administration." President-elect Senna Ardell's transition team confirmed it had been consulted and said a larger water plan would follow after the inauguration.

Grete Orsby, whose orchard near Brinnack is first on the drilling list, said she had cried when she heard the news.
""",
    arc="drought", authors=["Elin Baske"], pubdate_raw="Mon, 26 May 2031 09:00:00 +0200",
    quotes=[
        Q("The outgoing government has approved a $4 million package to drill emergency wells in the Tarrow Valley, two months after growers first asked for help", "indirect", "the Ministry of Agriculture", "Ministry of Agriculture", "organisation", "announced"),
        Q("late, small and very welcome.", "partial", "Piet Kallan, the union's president", "Piet Kallan", "person", "called"),
        Q("It will not save the orchards we have already lost,", "direct", "Kallan", "Piet Kallan", "person", "said", "split"),
        Q("It might save the ones we still have.", "direct", "Kallan", "Piet Kallan", "person", "said", "split"),
        Q("the decision had been taken", "indirect", "A ministry spokesperson", "Ministry of Agriculture", "organisation", "said"),
        Q("in consultation with the incoming administration.", "partial", "A ministry spokesperson", "Ministry of Agriculture", "organisation", "said"),
        Q("it had been consulted", "indirect", "President-elect Senna Ardell's transition team", "Senna Ardell transition team", "organisation", "confirmed"),
        Q("a larger water plan would follow after the inauguration", "indirect", "President-elect Senna Ardell's transition team", "Senna Ardell transition team", "organisation", "said"),
        Q("she had cried when she heard the news", "indirect", "Grete Orsby", "Grete Orsby", "person", "said"),
    ],
    times=[
        ("two months", "P2M", "DURATION"),
        ("on Friday", "@last:FR", "DATE"),
        ("in March", "2031-03", "DATE"),
        ("next week", "@w+1", "DATE"),
        ("the end of July", "2031-07", "DATE"),
    ],
    features=["csv_row"],
))

ARTICLES.append(A(
    46, "ferry-talks-resume-under-mediator", "txt", "KC", "By Teodor Vask", "2031-05-28",
    "Ferry Talks Resume Under Mediator as Deal 'Within Reach'",
    """
Negotiators for Kestrane Island Ferries and the Seafarers' Guild returned to talks on Tuesday under an independent mediator, and a source close to the talks said a deal on rosters was "within reach."

The mediator, retired judge Ansel Varrick, was appointed by Transport Minister Olav Rensing last week with the power to recommend a binding settlement if the two sides cannot agree by June 6.

The source, who was not authorised to speak publicly, said the company had offered to cap shifts at twelve hours and to hire 90 additional crew over two years. The guild is holding out for a ten-hour cap.

"The shape of a deal is there. The arithmetic is not," the source said.

Neither Varrick nor the company would comment on the talks. Brann Cotter, the guild's general secretary, said only that members would "vote on anything serious that is put in front of them."

The strike, which began on May 6, is now the longest in the company's history. Officials at the Ministry of Transport said the chartered supply ship had made three round trips to the outer islands since Saturday.
""",
    arc="ferry", authors=["Teodor Vask"],
    quotes=[
        Q("within reach.", "partial", "a source close to the talks", None, "anonymous", "said", "anonymous"),
        Q("the company had offered to cap shifts at twelve hours and to hire 90 additional crew over two years", "indirect", "The source", None, "anonymous", "said", "anonymous", "description"),
        Q("The shape of a deal is there. The arithmetic is not,", "direct", "the source", None, "anonymous", "said", "anonymous", "description"),
        Q("vote on anything serious that is put in front of them.", "partial", "Brann Cotter", "Brann Cotter", "person", "said"),
        Q("the chartered supply ship had made three round trips to the outer islands since Saturday", "indirect", "Officials at the Ministry of Transport", None, "anonymous", "said", "anonymous"),
    ],
    non_quotes=[NQ("Neither Varrick nor the company would comment on the talks.", "declined_to_comment", "Not a quote.")],
    times=[
        ("on Tuesday", "@last:TU", "DATE"),
        ("last week", "@w-1", "DATE"),
        ("June 6", "2031-06-06", "DATE"),
        ("twelve hours", "PT12H", "DURATION"),
        ("two years", "P2Y", "DURATION"),
        ("ten-hour", "PT10H", "DURATION"),
        ("May 6", "2031-05-06", "DATE"),
        ("now", "PRESENT_REF", "DATE"),
        ("Saturday", "@last:SA", "DATE"),
    ],
    features=["anonymous_sources", "declined_to_comment"],
))

ARTICLES.append(A(
    47, "harbour-authority-trims-eastmole", "txt", "IS", "By Meridian Wire", "2031-05-30",
    "Harbour Authority Trims Eastmole Plan Ahead of Council Vote",
    """
PORT MERROW — The Port Merrow Harbour Authority has shortened its planned Eastmole quay extension by 150 metres and moved the dredged channel away from the Gull Point mussel beds, in a final attempt to win over a divided city council before the vote on June 10.

The changes, announced on Thursday, reduce the project's cost to $376 million from $412 million. The authority said the smaller berth could still take the largest container ships now calling at regional ports.

"We have given ground — quite literally," said Halla Dunmore, the authority's chief executive. "What is left is the project this city needs."

The Merrow Fishers' Cooperative said it would study the new plans. Its chair, Ottilie Brask, described the changes as "the first time they have moved the channel instead of moving the goalposts."

Mayor Tomas Verin, who has not said how he will vote, called the revisions "significant." A council official said at least four of the twelve councillors remained undecided.

President-elect Senna Ardell, who had promised an independent review of the project, said through a spokesman that she would "respect the city's decision" but would ask her transport minister to examine the dredging contract.
""",
    arc="port", agency="MW",
    quotes=[
        Q("the smaller berth could still take the largest container ships now calling at regional ports", "indirect", "The authority", "Port Merrow Harbour Authority", "organisation", "said"),
        Q("We have given ground — quite literally,", "direct", "Halla Dunmore", "Halla Dunmore", "person", "said", "split", "inverted_apposition"),
        Q("What is left is the project this city needs.", "direct", "Halla Dunmore", "Halla Dunmore", "person", "said", "split", "inverted_apposition"),
        Q("it would study the new plans", "indirect", "The Merrow Fishers' Cooperative", "Merrow Fishers' Cooperative", "organisation", "said"),
        Q("the first time they have moved the channel instead of moving the goalposts.", "partial", "Its chair, Ottilie Brask", "Ottilie Brask", "person", "described"),
        Q("significant.", "partial", "Mayor Tomas Verin", "Tomas Verin", "person", "called"),
        Q("at least four of the twelve councillors remained undecided", "indirect", "A council official", None, "anonymous", "said", "anonymous"),
        Q("she would \"respect the city's decision\" but would ask her transport minister to examine the dredging contract", "indirect", "President-elect Senna Ardell", "Senna Ardell", "person", "said"),
        Q("respect the city's decision", "partial", "President-elect Senna Ardell", "Senna Ardell", "person", "said"),
    ],
    times=[
        ("June 10", "2031-06-10", "DATE"),
        ("on Thursday", "@last:TH", "DATE"),
        ("now", "PRESENT_REF", "DATE"),
    ],
    features=["escaped_dollar"],
))
