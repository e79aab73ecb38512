# ruff: noqa: E501
"""april 2031 articles (fictional, CC0 1.0)."""

from model import NQ, Q, Article

A = Article
ARTICLES: list[Article] = []

ARTICLES.append(A(
    17, "first-debate-harbour-water", "html", "KC", "By Noor Halloway", "2031-04-02",
    "Candidates Clash Over Harbour and Water in First Debate",
    """
The three candidates for the presidency clashed over the Eastmole harbour project and the Tarrow Valley drought on Tuesday night in the first televised debate of the campaign, a 90-minute exchange that grew sharper as it went on.

Finance Minister Rurik Hale defended the harbour expansion as "the single best investment this country can make" and accused his rivals of wanting to "keep Kestrane small."

Senna Ardell of the Coastal Alliance said she was not against a bigger port but would not sign off on a project that "buries the livelihoods of two hundred families under a pile of mud."

"You have had six years to fix the water system," Ardell told Hale. "The valley has had six years of promises."

Hale replied: "I have balanced six budgets. Promises are what you make when you have never had to pay for anything."

Abel Toshen, the Green Islands candidate, drew the loudest applause from the studio audience when he said both of his opponents treated the sea "like a car park."

Viewers appeared divided. An instant poll by the public broadcaster found 38 percent thought Hale had won, 35 percent Ardell and 21 percent Toshen.

Two more debates are scheduled, on April 15 and April 23.
""",
    arc="election", authors=["Noor Halloway"], published_time="2031-04-02T09:30:00Z", section="Election 2031",
    quotes=[
        Q("the single best investment this country can make", "partial", "Finance Minister Rurik Hale", "Rurik Hale", "person", "defended"),
        Q("keep Kestrane small.", "partial", "Finance Minister Rurik Hale", "Rurik Hale", "person", "accused"),
        Q("she was not against a bigger port", "indirect", "Senna Ardell", "Senna Ardell", "person", "said"),
        Q("buries the livelihoods of two hundred families under a pile of mud.", "partial", "Senna Ardell", "Senna Ardell", "person", "said"),
        Q("You have had six years to fix the water system,", "direct", "Ardell", "Senna Ardell", "person", "told", "split"),
        Q("The valley has had six years of promises.", "direct", "Ardell", "Senna Ardell", "person", "told", "split"),
        Q("I have balanced six budgets. Promises are what you make when you have never had to pay for anything.", "direct", "Hale", "Rurik Hale", "person", "replied", "colon_cue"),
        Q("like a car park.", "partial", "he", "Abel Toshen", "person", "said", "pronoun"),
        Q("38 percent thought Hale had won, 35 percent Ardell and 21 percent Toshen", "indirect", "An instant poll by the public broadcaster", "public broadcaster (instant poll)", "organisation", "found"),
    ],
    times=[
        ("Tuesday night", "@last:TU|TNI", "TIME"),
        ("90-minute", "PT90M", "DURATION"),
        ("six years", "P6Y", "DURATION", 0),
        ("six years", "P6Y", "DURATION", 1),
        ("April 15", "2031-04-15", "DATE"),
        ("April 23", "2031-04-23", "DATE"),
    ],
    features=["html_page", "colon_cue"],
))

_cpa_ferry = """
PORT MERROW — Crews at Kestrane Island Ferries will vote next week on whether to strike, the Seafarers' Guild said on Wednesday, raising the prospect of disruption to the state-owned company's services to the outer islands during the election campaign.

The ballot of about 1,400 deck, engine and catering staff opens on Monday and closes on April 14. The guild is seeking a 9 percent pay rise and an end to what it calls "back-to-back" rosters that keep crews at sea for up to fourteen hours a day.

"Our members have waited three years for a fair offer," guild general secretary Brann Cotter said. "They are not going to wait any longer."

Kestrane Island Ferries, which carries about 2.3 million passengers a year, has offered 3.5 percent. Chief executive Delphine Arkwright said the company could not afford more without raising fares.

"Every percent on the wage bill is a percent on the ticket," Arkwright said in a statement.
{RENSING}
The last ferry strike in Kestrane, in 2019, lasted eleven days and left several islands short of fresh food and fuel.
"""
_cpa_ferry_quotes = [
    Q("Crews at Kestrane Island Ferries will vote next week on whether to strike", "indirect", "the Seafarers' Guild", "Seafarers' Guild", "organisation", "said"),
    Q("back-to-back", "partial", "it", "Seafarers' Guild", "organisation", "calls", "pronoun"),
    Q("Our members have waited three years for a fair offer,", "direct", "guild general secretary Brann Cotter", "Brann Cotter", "person", "said", "split"),
    Q("They are not going to wait any longer.", "direct", "guild general secretary Brann Cotter", "Brann Cotter", "person", "said", "split"),
    Q("the company could not afford more without raising fares", "indirect", "Chief executive Delphine Arkwright", "Delphine Arkwright", "person", "said"),
    Q("Every percent on the wage bill is a percent on the ticket,", "direct", "Arkwright", "Delphine Arkwright", "person", "said"),
]
_cpa_ferry_times = [
    ("next week", "@w+1", "DATE"),
    ("Wednesday", "@last:WE", "DATE"),
    ("Monday", "@next:MO", "DATE"),
    ("April 14", "2031-04-14", "DATE"),
    ("fourteen hours", "PT14H", "DURATION"),
    ("a day", "P1D", "SET"),
    ("three years", "P3Y", "DURATION"),
    ("a year", "P1Y", "SET"),
    ("2019", "2019", "DATE"),
    ("eleven days", "P11D", "DURATION"),
]

ARTICLES.append(A(
    18, "ferry-union-strike-ballot", "txt", "KC", "By CPA", "2031-04-03",
    "Ferry Workers to Vote on Strike Over Pay and Rosters",
    _cpa_ferry.replace("{RENSING}", "\nTransport Minister Olav Rensing urged both sides to keep talking.\n"),
    arc="ferry", agency="CPA",
    quotes=[*_cpa_ferry_quotes,
            Q("both sides to keep talking", "indirect", "Transport Minister Olav Rensing", "Olav Rensing", "person", "urged")],
    times=list(_cpa_ferry_times),
    features=["wire_copy"],
))

ARTICLES.append(A(
    19, "ferry-crews-set-for-strike-ballot", "txt", "HG", "By Coastal Press Agency", "2031-04-04",
    "Ferry Crews Set for Strike Ballot as Pay Talks Stall",
    _cpa_ferry.replace("{RENSING}", ""),
    arc="ferry", agency="CPA",
    quotes=list(_cpa_ferry_quotes),
    times=list(_cpa_ferry_times),
    features=["wire_copy"],
))

ARTICLES.append(A(
    20, "water-tankers-stretched", "txt", "IS", "By Mika Dorran", "2031-04-07",
    "Water Tankers Stretched Thin as Rationing Enters Third Week",
    """
Water tankers serving the Tarrow Valley are running eighteen hours a day and still failing to reach some outlying farms, officials said, as rationing entered its third week.

The valley's water board has hired eleven private tankers on top of its own fleet of six, at a cost of about $40,000 a week, according to figures seen by Island Signal.

A source at the board said two drivers had been signed off with exhaustion last week. "We are asking people to do impossible shifts," the source said.

Officials said the board was in talks with the army about borrowing its water bowsers, but no agreement had been reached.

The drought has become a campaign issue. Senna Ardell visited Brinnack on Saturday and promised a pipeline from the wetter north of the island. Rurik Hale's campaign said the minister would announce "a full water plan" next week.

In Hestmoor, residents said deliveries had become more reliable since the third tanker arrived at the start of the month. Mayor Agnes Tull said the village had "turned a corner, for now."

But rainfall this spring is running at a quarter of the long-term average, according to the Kestrane Met Service, and the reservoir has continued to fall. On Friday it stood at 23 percent.
""",
    arc="drought", authors=["Mika Dorran"],
    quotes=[
        Q("Water tankers serving the Tarrow Valley are running eighteen hours a day and still failing to reach some outlying farms", "indirect", "officials", None, "anonymous", "said", "anonymous"),
        Q("The valley's water board has hired eleven private tankers on top of its own fleet of six, at a cost of about $40,000 a week", "indirect", "figures seen by Island Signal", "Tarrow Valley Water Board (internal figures)", "organisation", "according to", "according_to"),
        Q("two drivers had been signed off with exhaustion last week", "indirect", "A source at the board", None, "anonymous", "said", "anonymous"),
        Q("We are asking people to do impossible shifts,", "direct", "the source", None, "anonymous", "said", "anonymous", "description"),
        Q("the board was in talks with the army about borrowing its water bowsers, but no agreement had been reached", "indirect", "Officials", None, "anonymous", "said", "anonymous"),
        Q("a pipeline from the wetter north of the island", "indirect", "Senna Ardell", "Senna Ardell", "person", "promised"),
        Q("the minister would announce \"a full water plan\" next week", "indirect", "Rurik Hale's campaign", "Rurik Hale campaign", "organisation", "said"),
        Q("a full water plan", "partial", "Rurik Hale's campaign", "Rurik Hale campaign", "organisation", "said"),
        Q("deliveries had become more reliable since the third tanker arrived at the start of the month", "indirect", "residents", None, "anonymous", "said", "anonymous"),
        Q("turned a corner, for now.", "partial", "Mayor Agnes Tull", "Agnes Tull", "person", "said"),
        Q("rainfall this spring is running at a quarter of the long-term average", "indirect", "the Kestrane Met Service", "Kestrane Met Service", "organisation", "according to", "according_to"),
    ],
    times=[
        ("eighteen hours", "PT18H", "DURATION"),
        ("a day", "P1D", "SET"),
        ("a week", "P1W", "SET"),
        ("last week", "@w-1", "DATE"),
        ("on Saturday", "@last:SA", "DATE"),
        ("next week", "@w+1", "DATE"),
        ("the start of the month", "2031-04", "DATE"),
        ("now", "PRESENT_REF", "DATE"),
        ("this spring", "2031-SP", "DATE"),
        ("On Friday", "@last:FR", "DATE"),
    ],
    features=["anonymous_sources", "escaped_dollar"],
))

ARTICLES.append(A(
    21, "eastmole-public-hearing", "txt", "HG", "By Ana Rell", "2031-04-10",
    "Hundreds Pack Eastmole Hearing as Council Weighs Harbour Plan",
    """
More than 600 people crowded into the Port Merrow Assembly Rooms for the city council's public hearing on the Eastmole expansion, the largest turnout for a council meeting in living memory.

The hearing, held on April 9, ran for five hours. Forty-two speakers were given three minutes each; 29 spoke against the project.

Halla Dunmore, chief executive of the harbour authority, opened with a presentation on the revised plan. "We are offering the most closely monitored dredging operation this island has ever seen," she said. "If the mussel beds are harmed, we will know within weeks, and we will stop."

Ottilie Brask of the fishers' cooperative was greeted with a standing ovation. She told councillors that her members had "nothing left to negotiate with except our livelihoods."

Not all speakers were opposed. Joren Faske, who runs a ship-repair yard on the north quay, said the expansion would bring work that the city had lost over the past decade.

"My grandfather employed ninety men. I employ fourteen," Faske said. "Tell me how that is good for Port Merrow."

Mayor Tomas Verin closed the hearing shortly before midnight. The mayor said the council would vote once the environmental impact statement had been published and councillors had had two weeks to read it.

Port chief Dunmore, speaking to reporters afterwards, said she remained "confident" the plan would pass.
""",
    arc="port", authors=["Ana Rell"],
    caption=(3, "Fishers and their families in the gallery of the Assembly Rooms.", "Photo: Harbour Gazette"),
    quotes=[
        Q("We are offering the most closely monitored dredging operation this island has ever seen,", "direct", "she", "Halla Dunmore", "person", "said", "split", "pronoun"),
        Q("If the mussel beds are harmed, we will know within weeks, and we will stop.", "direct", "she", "Halla Dunmore", "person", "said", "split", "pronoun"),
        Q("nothing left to negotiate with except our livelihoods.", "partial", "She", "Ottilie Brask", "person", "told", "pronoun"),
        Q("the expansion would bring work that the city had lost over the past decade", "indirect", "Joren Faske", "Joren Faske", "person", "said"),
        Q("My grandfather employed ninety men. I employ fourteen,", "direct", "Faske", "Joren Faske", "person", "said", "split"),
        Q("Tell me how that is good for Port Merrow.", "direct", "Faske", "Joren Faske", "person", "said", "split"),
        Q("the council would vote once the environmental impact statement had been published and councillors had had two weeks to read it", "indirect", "The mayor", "Tomas Verin", "person", "said", "description"),
        Q("confident", "partial", "Port chief Dunmore", "Halla Dunmore", "person", "said", "description"),
    ],
    times=[
        ("April 9", "2031-04-09", "DATE"),
        ("for five hours", "PT5H", "DURATION"),
        ("three minutes", "PT3M", "DURATION"),
        ("within weeks", "PXW", "DURATION"),
        ("the past decade", "P1DE", "DURATION"),
        ("midnight", "2031-04-09T24:00", "TIME"),
        ("two weeks", "P2W", "DURATION"),
    ],
    features=["photo_caption", "absolute_date"],
))

ARTICLES.append(A(
    22, "toshen-outsider-campaign", "csv", "IS", "By Meridian Wire", "2031-04-11",
    "Toshen's outsider campaign rattles the two front-runners",
    """
SELVANE (MW) — Abel Toshen has never held elected office, owns no car and spent most of the last decade counting seabirds on the outer islands. Two weeks before the first round of Kestrane's presidential election, he is polling at 18 percent.

The Green Islands candidate, a 39-year-old marine biologist, has drawn big crowds at universities and in the drought-hit Tarrow Valley with a promise to cancel the Eastmole harbour expansion outright.

"People are tired of being told that there are only two ways to run this country," Toshen told a rally in Selvane on Thursday evening. "There are at least three."

His rise has unsettled both main campaigns. A senior National Unity strategist, who asked not to be named, said Toshen was "pulling soft votes from everywhere."

Ardell's campaign has quietly stopped attacking him. Asked whether she would seek his endorsement in a runoff, Ardell said last week that she would "talk to anyone who wants a fairer country."

Toshen said he would not endorse either candidate before the first round. He has raised about $210,000, most of it in small donations, according to filings with the Electoral Commission.
""",
    arc="election", agency="MW", pubdate_raw="April 11, 2031 08:10",
    quotes=[
        Q("People are tired of being told that there are only two ways to run this country,", "direct", "Toshen", "Abel Toshen", "person", "told", "split"),
        Q("There are at least three.", "direct", "Toshen", "Abel Toshen", "person", "told", "split"),
        Q("pulling soft votes from everywhere.", "partial", "A senior National Unity strategist", None, "anonymous", "said", "anonymous"),
        Q("talk to anyone who wants a fairer country.", "partial", "Ardell", "Senna Ardell", "person", "said"),
        Q("he would not endorse either candidate before the first round", "indirect", "Toshen", "Abel Toshen", "person", "said"),
        Q("He has raised about $210,000, most of it in small donations", "indirect", "filings with the Electoral Commission", "Kestrane Electoral Commission", "organisation", "according to", "according_to"),
    ],
    times=[
        ("the last decade", "P1DE", "DURATION"),
        ("Two weeks", "P2W", "DURATION"),
        ("Thursday evening", "@last:TH|TEV", "TIME"),
        ("last week", "@w-1", "DATE"),
    ],
    features=["csv_row", "agency_in_dateline"],
))

ARTICLES.append(A(
    23, "water-board-first-fines", "txt", "TVH", "By Elin Baske", "2031-04-14",
    "Water Board Issues First Fines for Hosepipe Use",
    """
The Tarrow Valley Water Board has issued its first fines under the rationing order, penalising 37 households and four businesses for using hosepipes, washing cars or filling swimming pools during the drought.

Fines range from $150 for a household to $2,500 for a business. A car wash in Caddow that kept operating on a rationing day was fined the maximum, the board said on Friday.

Maren Solte, the board's chair, said inspectors had found most residents "overwhelmingly careful."

"The great majority of people in this valley are doing extraordinary things to save water," she said. "A small number are not, and it is unfair on everyone else."

The board also announced a third weekly cut. From Wednesday, mains supplies will be switched off every Wednesday as well as on Tuesdays and Fridays.

The owner of the fined car wash, who gave his name only as Dov, said he had not understood the rules. "Nobody told me the Friday cut applied to businesses," he said. He said he would appeal.

The reservoir stood at 22 percent on Sunday. Forecasters see a chance of showers at the end of the month but no sustained rain.
""",
    arc="drought", authors=["Elin Baske"],
    quotes=[
        Q("A car wash in Caddow that kept operating on a rationing day was fined the maximum", "indirect", "the board", "Tarrow Valley Water Board", "organisation", "said"),
        Q("overwhelmingly careful.", "partial", "Maren Solte", "Maren Solte", "person", "said"),
        Q("The great majority of people in this valley are doing extraordinary things to save water,", "direct", "she", "Maren Solte", "person", "said", "split", "pronoun"),
        Q("A small number are not, and it is unfair on everyone else.", "direct", "she", "Maren Solte", "person", "said", "split", "pronoun"),
        Q("he had not understood the rules", "indirect", "The owner of the fined car wash, who gave his name only as Dov", "Dov (car wash owner, surname not given)", "person", "said", "description"),
        Q("Nobody told me the Friday cut applied to businesses,", "direct", "he", "Dov (car wash owner, surname not given)", "person", "said", "pronoun"),
        Q("he would appeal", "indirect", "He", "Dov (car wash owner, surname not given)", "person", "said", "pronoun"),
    ],
    times=[
        ("on Friday", "@last:FR", "DATE"),
        ("weekly", "P1W", "SET"),
        ("From Wednesday", "@next:WE", "DATE"),
        ("every Wednesday", "XXXX-WXX-3", "SET"),
        ("Tuesdays", "XXXX-WXX-2", "SET"),
        ("Fridays", "XXXX-WXX-5", "SET"),
        ("Friday", "XXXX-WXX-5", "SET", 1, "'the Friday cut': the recurring Friday cut-off."),
        ("on Sunday", "@last:SU", "DATE"),
        ("the end of the month", "2031-04", "DATE"),
    ],
    features=["escaped_dollar"],
))

ARTICLES.append(A(
    24, "ferry-crews-back-strike", "txt", "KC", "By Teodor Vask", "2031-04-16",
    "Ferry Crews Back Strike as Company Refuses to Raise Offer",
    """
Members of the Seafarers' Guild have voted by 84 percent to strike at Kestrane Island Ferries, the union announced on Tuesday, after the state-owned operator refused to improve its pay offer.

Turnout in the ballot, which closed on Monday, was 77 percent. The guild must give fourteen days' notice of any action, meaning the earliest a strike could begin is the end of the month.

"This is the clearest mandate our members have ever given," said Brann Cotter, the guild's general secretary. "The company can avoid a strike with one phone call."

Cotter said the guild would meet next Monday to set dates, and that it would try to protect lifeline sailings to the smallest islands.

Kestrane Island Ferries declined to comment on the result. A company spokesperson, Milo Serrat, said only that the board would "study the numbers."

Transport Minister Olav Rensing said Tuesday that the government would not intervene in what he called a matter for the company and its staff, but he urged both sides to "get back in the room."

The timing is awkward for Rurik Hale, the finance minister and presidential candidate, who has defended the company's 3.5 percent offer as "responsible." Ferry workers' families make up a significant share of voters on the outer islands.
""",
    arc="ferry", authors=["Teodor Vask"],
    quotes=[
        Q("Members of the Seafarers' Guild have voted by 84 percent to strike at Kestrane Island Ferries", "indirect", "the union", "Seafarers' Guild", "organisation", "announced", "description"),
        Q("This is the clearest mandate our members have ever given,", "direct", "Brann Cotter", "Brann Cotter", "person", "said", "split", "inverted_apposition"),
        Q("The company can avoid a strike with one phone call.", "direct", "Brann Cotter", "Brann Cotter", "person", "said", "split", "inverted_apposition"),
        Q("the guild would meet next Monday to set dates, and that it would try to protect lifeline sailings to the smallest islands", "indirect", "Cotter", "Brann Cotter", "person", "said"),
        Q("study the numbers.", "partial", "A company spokesperson, Milo Serrat", "Milo Serrat", "person", "said"),
        Q("the government would not intervene in what he called a matter for the company and its staff", "indirect", "Transport Minister Olav Rensing", "Olav Rensing", "person", "said", "reported_that"),
        Q("get back in the room.", "partial", "he", "Olav Rensing", "person", "urged", "pronoun"),
        Q("responsible.", "partial", "Rurik Hale", "Rurik Hale", "person", "defended"),
    ],
    non_quotes=[NQ("Kestrane Island Ferries declined to comment on the result.", "declined_to_comment", "Not a quote; the next sentence, by contrast, is a partial quote from the company spokesperson.")],
    times=[
        ("on Tuesday", "@last:TU", "DATE"),
        ("on Monday", "@last:MO", "DATE"),
        ("fourteen days", "P14D", "DURATION"),
        ("the end of the month", "2031-04", "DATE"),
        ("next Monday", "@next:MO", "DATE"),
        ("Tuesday", "@last:TU", "DATE", 1),
    ],
    features=["declined_to_comment"],
))

ARTICLES.append(A(
    25, "hale-outspends-rivals", "txt", "KC", "By Noor Halloway", "2031-04-18",
    "Hale Campaign Outspends Rivals Two to One, Filings Show",
    """
Rurik Hale's presidential campaign has spent $1.9 million since the start of the year, more than twice as much as Senna Ardell's, according to spending reports published by the Electoral Commission on Thursday.

The reports show Ardell's Coastal Alliance campaign spent $870,000 over the same period and Abel Toshen's Green Islands campaign $240,000.

Most of Hale's spending went on television and billboard advertising, according to the filings. His single largest donor was the Kestrane Shipowners' Association, which gave $150,000, the maximum allowed.

Ardell seized on the figures at a rally in Orlen Bay. "When the shipowners are paying for your billboards, you are not going to stand up for the people who crew their ships," she said.

Fenna Osk, Hale's campaign manager, said every donation had been declared in full. "We are proud of the breadth of our support," Osk said. "Thousands of ordinary Kestranese have given what they can."

Judit Pell, the electoral commission chair, said the commission had found no irregularities in any of the three reports. The next filings are due on May 9, after the first round.

Transparency campaigners at Kestrane Transparency Watch said the spending cap of $2.5 million per candidate was "far too generous for an island of this size."
""",
    arc="election", authors=["Noor Halloway"],
    quotes=[
        Q("Rurik Hale's presidential campaign has spent $1.9 million since the start of the year, more than twice as much as Senna Ardell's", "indirect", "spending reports published by the Electoral Commission", "Kestrane Electoral Commission", "organisation", "according to", "according_to"),
        Q("Ardell's Coastal Alliance campaign spent $870,000 over the same period and Abel Toshen's Green Islands campaign $240,000", "indirect", "The reports", "Kestrane Electoral Commission", "organisation", "show"),
        Q("Most of Hale's spending went on television and billboard advertising", "indirect", "the filings", "Kestrane Electoral Commission", "organisation", "according to", "according_to"),
        Q("When the shipowners are paying for your billboards, you are not going to stand up for the people who crew their ships,", "direct", "she", "Senna Ardell", "person", "said", "pronoun"),
        Q("every donation had been declared in full", "indirect", "Fenna Osk", "Fenna Osk", "person", "said"),
        Q("We are proud of the breadth of our support,", "direct", "Osk", "Fenna Osk", "person", "said", "split"),
        Q("Thousands of ordinary Kestranese have given what they can.", "direct", "Osk", "Fenna Osk", "person", "said", "split"),
        Q("the commission had found no irregularities in any of the three reports", "indirect", "Judit Pell", "Judit Pell", "person", "said"),
        Q("far too generous for an island of this size.", "partial", "Transparency campaigners at Kestrane Transparency Watch", "Kestrane Transparency Watch", "organisation", "said"),
    ],
    times=[
        ("the start of the year", "2031", "DATE"),
        ("on Thursday", "@last:TH", "DATE"),
        ("May 9", "2031-05-09", "DATE"),
    ],
    features=["escaped_dollar", "according_to"],
))

ARTICLES.append(A(
    26, "fishing-boats-block-harbour", "txt", "HG", "By Joss Merrin", "2031-04-22",
    "Fishing Boats Block Harbour Mouth in Eastmole Protest",
    """
Around sixty fishing boats blocked the mouth of Port Merrow harbour for three hours on Monday morning, delaying two cargo ships and the 9 a.m. ferry to Selvane, in the biggest protest yet against the Eastmole expansion.

The boats, many flying black flags, formed a line between the Eastmole light and the Gull Point buoy. Harbour police watched from a launch but made no arrests.

"We did not want to stop anyone's ferry," said Ottilie Brask, who organised the flotilla from the deck of her trawler, the Good Return. "We wanted the city to see how many of us there are. Now they have seen."

The port chief was less forgiving. Halla Dunmore said the blockade had been "dangerous and irresponsible" and that the authority would seek to recover the cost of the delays.

Harbour officials said the two cargo ships had lost about $60,000 in charges between them.

The protest came a week after the authority said the environmental impact statement would be published on May 2. Councillors are expected to vote later in May.

Several councillors watched from the harbour wall. Ivo Vell, the project's most vocal critic on the council, said the protest was "the most peaceful blockade in history."

"Nobody was hurt, the boats went home, and the point was made," he said.
""",
    arc="port", authors=["Joss Merrin"],
    quotes=[
        Q("We did not want to stop anyone's ferry,", "direct", "Ottilie Brask", "Ottilie Brask", "person", "said", "split", "inverted_apposition"),
        Q("We wanted the city to see how many of us there are. Now they have seen.", "direct", "Ottilie Brask", "Ottilie Brask", "person", "said", "split", "inverted_apposition"),
        Q("dangerous and irresponsible", "partial", "Halla Dunmore", "Halla Dunmore", "person", "said"),
        Q("the authority would seek to recover the cost of the delays", "indirect", "Halla Dunmore", "Halla Dunmore", "person", "said"),
        Q("the two cargo ships had lost about $60,000 in charges between them", "indirect", "Harbour officials", None, "anonymous", "said", "anonymous"),
        Q("the environmental impact statement would be published on May 2", "indirect", "the authority", "Port Merrow Harbour Authority", "organisation", "said"),
        Q("the most peaceful blockade in history.", "partial", "Ivo Vell", "Ivo Vell", "person", "said"),
        Q("Nobody was hurt, the boats went home, and the point was made,", "direct", "he", "Ivo Vell", "person", "said", "pronoun"),
    ],
    times=[
        ("for three hours", "PT3H", "DURATION"),
        ("Monday morning", "@last:MO|TMO", "TIME"),
        ("9 a.m.", "@last:MO|T09:00", "TIME"),
        ("a week", "P1W", "DURATION"),
        ("May 2", "2031-05-02", "DATE"),
        ("later in May", "2031-05", "DATE"),
    ],
    features=["escaped_dollar"],
))

ARTICLES.append(A(
    27, "final-debate-ferries", "html", "IS", "By Mika Dorran", "2031-04-24",
    "Final Debate: Ardell and Hale Trade Blows Over Ferries",
    """
The last debate before Sunday's first round of the presidential election was dominated by the looming ferry strike, with Senna Ardell and Rurik Hale each blaming the other for a dispute that could halt services to the outer islands next month.

Ardell said the finance ministry had "starved the ferry company for a decade" and that Hale's 3.5 percent pay offer was "an insult to people who work fourteen-hour shifts."

Hale countered that Ardell's promise to freeze fares for two years would cost the treasury $30 million. "You cannot freeze fares and raise wages and balance the books," he said. "Pick two."

Abel Toshen largely stayed out of the exchange. When asked about the strike, he said he supported the crews' demands and would appoint a "ferry commissioner" for the islands.

The debate, held on Wednesday night in the studios of the public broadcaster in Port Merrow, was watched by an estimated 310,000 people, roughly half the adult population.

Voting stations open at 7 a.m. on Sunday and close at 8 p.m. Judit Pell, who chairs the Electoral Commission, said preliminary results were expected by midnight.
""",
    arc="election", authors=["Mika Dorran"], published_time="2031-04-24T18:05:00Z", section="Politics",
    quotes=[
        Q("starved the ferry company for a decade", "partial", "Ardell", "Senna Ardell", "person", "said"),
        Q("an insult to people who work fourteen-hour shifts.", "partial", "Ardell", "Senna Ardell", "person", "said"),
        Q("Ardell's promise to freeze fares for two years would cost the treasury $30 million", "indirect", "Hale", "Rurik Hale", "person", "countered"),
        Q("You cannot freeze fares and raise wages and balance the books,", "direct", "he", "Rurik Hale", "person", "said", "split", "pronoun"),
        Q("Pick two.", "direct", "he", "Rurik Hale", "person", "said", "split", "pronoun"),
        Q("he supported the crews' demands and would appoint a \"ferry commissioner\" for the islands", "indirect", "he", "Abel Toshen", "person", "said", "pronoun"),
        Q("ferry commissioner", "partial", "he", "Abel Toshen", "person", "said", "pronoun", "borderline_scare_quote"),
        Q("preliminary results were expected by midnight", "indirect", "Judit Pell", "Judit Pell", "person", "said"),
    ],
    times=[
        ("Sunday", "@next:SU", "DATE", 0),
        ("next month", "@m+1", "DATE"),
        ("for a decade", "P1DE", "DURATION"),
        ("fourteen-hour", "PT14H", "DURATION"),
        ("for two years", "P2Y", "DURATION"),
        ("Wednesday night", "@last:WE|TNI", "TIME"),
        ("7 a.m.", "2031-04-27T07:00", "TIME"),
        ("Sunday", "@next:SU", "DATE", 1),
        ("8 p.m.", "2031-04-27T20:00", "TIME"),
        ("midnight", "2031-04-27T24:00", "TIME"),
    ],
    features=["html_page"],
))

_cpa_runoff = """
{DATELINE}Finance Minister Rurik Hale and Coastal Alliance leader Senna Ardell will meet in a runoff for the presidency of Kestrane on May 18 after neither won a majority in Sunday's first round, according to preliminary results released by the Electoral Commission.

With all 412 polling stations reporting, Hale won 38.4 percent of the vote and Ardell 36.9 percent. Abel Toshen of the Green Islands Party came third with 21.2 percent, the best result for a third candidate since independence.

Turnout was 71 percent, up from 64 percent in the previous election.

"The country has asked for a choice, and it will get one," Hale told supporters in Port Merrow shortly after midnight.

Ardell, speaking in Selvane, said the result showed that "the islands are not a footnote." She said she would reach out to Toshen's voters "with open hands."

Toshen congratulated both candidates but did not endorse either. "Our voters are not a parcel to be handed over," he said.
{PELL}
Analysts say Toshen's supporters, concentrated among younger voters and in the drought-hit Tarrow Valley, are likely to decide the runoff.
"""
_cpa_runoff_quotes = [
    Q("Finance Minister Rurik Hale and Coastal Alliance leader Senna Ardell will meet in a runoff for the presidency of Kestrane on May 18 after neither won a majority in Sunday's first round", "indirect", "preliminary results released by the Electoral Commission", "Kestrane Electoral Commission", "organisation", "according to", "according_to"),
    Q("The country has asked for a choice, and it will get one,", "direct", "Hale", "Rurik Hale", "person", "told"),
    Q("the islands are not a footnote.", "partial", "Ardell", "Senna Ardell", "person", "said"),
    Q("with open hands.", "partial", "She", "Senna Ardell", "person", "said", "pronoun"),
    Q("Our voters are not a parcel to be handed over,", "direct", "he", "Abel Toshen", "person", "said", "pronoun"),
    Q("Toshen's supporters, concentrated among younger voters and in the drought-hit Tarrow Valley, are likely to decide the runoff", "indirect", "Analysts", None, "anonymous", "say", "anonymous"),
]
_cpa_runoff_times = [
    ("May 18", "2031-05-18", "DATE"),
    ("Sunday", "@last:SU", "DATE"),
    ("midnight", "2031-04-27T24:00", "TIME"),
]

ARTICLES.append(A(
    28, "hale-ardell-head-for-runoff", "txt", "KC", "By CPA", "2031-04-28",
    "Hale and Ardell Head for Runoff After Close First Round",
    _cpa_runoff.replace("{DATELINE}", "").replace("{PELL}", ""),
    arc="election", agency="CPA",
    quotes=list(_cpa_runoff_quotes), times=list(_cpa_runoff_times),
    features=["wire_copy"],
))

ARTICLES.append(A(
    29, "presidential-race-goes-to-runoff", "csv", "HG", "By Coastal Press Agency", "2031-04-28",
    "Kestrane presidential race goes to runoff",
    _cpa_runoff.replace("{DATELINE}", "PORT MERROW (CPA) — ").replace(
        "{PELL}", "\nElectoral Commission chair Judit Pell said final results would be certified on Thursday.\n"),
    arc="election", agency="CPA", pubdate_raw="2031-04-28T16:20:00Z",
    quotes=[*_cpa_runoff_quotes,
            Q("final results would be certified on Thursday", "indirect", "Electoral Commission chair Judit Pell", "Judit Pell", "person", "said")],
    times=[*_cpa_runoff_times, ("on Thursday", "@next:TH", "DATE")],
    features=["wire_copy", "csv_row", "agency_in_dateline"],
))

ARTICLES.append(A(
    30, "valley-swings-to-toshen", "txt", "TVH", "By Elin Baske", "2031-04-29",
    "Valley Swings to Toshen as Drought Reshapes the Vote",
    """
Abel Toshen won the Tarrow Valley outright in Sunday's first round, taking 41 percent of the vote across the valley's three districts, as anger over the drought upended decades of loyalty to the National Unity bloc.

In Hestmoor, where villagers have relied on water tankers for a month, Toshen took 57 percent. Rurik Hale, who won the valley comfortably six years ago as his party's candidate for parliament, finished third there.

"People here voted with their buckets," said Agnes Tull, the mayor of Hestmoor, who backed no candidate. "They wanted someone who sounded like he had been thirsty."

Piet Kallan of the Valley Growers' Union said farmers would now press both runoff candidates for firm commitments on emergency wells and the proposed northern pipeline.

"We have three weeks of leverage," Kallan said. "We intend to use every day of it."

Maren Solte, the water board chair, declined to comment on the election, saying the board was politically neutral. She said the reservoir had fallen to 20 percent on Monday and warned that a fourth weekly cut was "under active consideration."

The Tarrow Valley Herald will host a runoff forum for both candidates in Caddow on May 10.
""",
    arc="drought", authors=["Elin Baske"],
    quotes=[
        Q("People here voted with their buckets,", "direct", "Agnes Tull", "Agnes Tull", "person", "said", "split", "inverted_apposition"),
        Q("They wanted someone who sounded like he had been thirsty.", "direct", "Agnes Tull", "Agnes Tull", "person", "said", "split", "inverted_apposition"),
        Q("farmers would now press both runoff candidates for firm commitments on emergency wells and the proposed northern pipeline", "indirect", "Piet Kallan", "Piet Kallan", "person", "said"),
        Q("We have three weeks of leverage,", "direct", "Kallan", "Piet Kallan", "person", "said", "split"),
        Q("We intend to use every day of it.", "direct", "Kallan", "Piet Kallan", "person", "said", "split"),
        Q("the board was politically neutral", "indirect", "Maren Solte", "Maren Solte", "person", "saying"),
        Q("the reservoir had fallen to 20 percent on Monday", "indirect", "She", "Maren Solte", "person", "said", "pronoun"),
        Q("under active consideration.", "partial", "She", "Maren Solte", "person", "warned", "pronoun"),
    ],
    non_quotes=[NQ("declined to comment on the election", "declined_to_comment", "Not a quote, although the participle clause that follows ('saying the board was politically neutral') is reported speech.")],
    times=[
        ("Sunday", "@last:SU", "DATE"),
        ("decades", "PXDE", "DURATION"),
        ("for a month", "P1M", "DURATION"),
        ("six years ago", "2025", "DATE"),
        ("now", "PRESENT_REF", "DATE"),
        ("three weeks", "P3W", "DURATION"),
        ("every day", "P1D", "SET"),
        ("on Monday", "@last:MO", "DATE"),
        ("weekly", "P1W", "SET"),
        ("May 10", "2031-05-10", "DATE"),
    ],
    features=["declined_to_comment"],
))
