# ruff: noqa: E501
"""March 2031 articles (fictional, CC0 1.0)."""

from dataclasses import replace

from model import NQ, Q, Article

A = Article
ARTICLES: list[Article] = []

ARTICLES.append(A(
    1, "port-expansion-plan-unveiled", "txt", "HG", "By Ana Rell", "2031-03-02",
    "Harbour Authority Unveils Plan to Extend Port Merrow's Eastmole",
    """
The Port Merrow Harbour Authority on Saturday unveiled a $412 million plan to lengthen the city's Eastmole breakwater and build a deep-water container berth, the largest public works project in Kestrane for two decades.

The plan, presented to business leaders at the Customs House, would dredge a 1.8-kilometre channel through Merrow Sound and add 600 metres of quay. Construction would begin next year and take four years, according to the authority's own timetable.

"Port Merrow has stood still for too long," said Halla Dunmore, the authority's chief executive. "Ships are getting bigger every year, and if we cannot take them, they will go somewhere else."

Dunmore said the berth would create about 900 permanent jobs and that the authority had already held talks with two shipping lines.

Mayor Tomas Verin, whose council must approve the project, welcomed what he called "a serious proposal" but said the city would study the environmental report before taking a position.

Not everyone was convinced. Fishers who work the inner sound have complained for months that dredging would destroy the shellfish beds off Gull Point.

"We heard about this from the newspapers," one trawler owner said outside the Customs House. "Nobody asked us."

The council is expected to debate the plan in March, with a vote pencilled in for the middle of the month.
""",
    arc="port", authors=["Ana Rell"],
    caption=(0, "An artist's impression of the extended Eastmole breakwater.", "Photo: Port Merrow Harbour Authority"),
    quotes=[
        Q("Construction would begin next year and take four years", "indirect", "the authority's own timetable", "Port Merrow Harbour Authority", "organisation", "according to", "according_to"),
        Q("Port Merrow has stood still for too long,", "direct", "Halla Dunmore", "Halla Dunmore", "person", "said", "split", "inverted_apposition"),
        Q("Ships are getting bigger every year, and if we cannot take them, they will go somewhere else.", "direct", "Halla Dunmore", "Halla Dunmore", "person", "said", "split", "inverted_apposition"),
        Q("the berth would create about 900 permanent jobs and that the authority had already held talks with two shipping lines", "indirect", "Dunmore", "Halla Dunmore", "person", "said", "reported_that"),
        Q("a serious proposal", "partial", "he", "Tomas Verin", "person", "called", "pronoun"),
        Q("the city would study the environmental report before taking a position", "indirect", "Mayor Tomas Verin", "Tomas Verin", "person", "said"),
        Q("dredging would destroy the shellfish beds off Gull Point", "indirect", "Fishers who work the inner sound", None, "anonymous", "complained"),
        Q("We heard about this from the newspapers,", "direct", "one trawler owner", None, "anonymous", "said", "split", "anonymous"),
        Q("Nobody asked us.", "direct", "one trawler owner", None, "anonymous", "said", "split", "anonymous"),
    ],
    times=[
        ("on Saturday", "@last:SA", "DATE"),
        ("for two decades", "P20Y", "DURATION"),
        ("next year", "@y+1", "DATE"),
        ("four years", "P4Y", "DURATION"),
        ("every year", "P1Y", "SET"),
        ("for months", "PXM", "DURATION"),
        ("in March", "2031-03", "DATE"),
        ("the middle of the month", "2031-03", "DATE"),
    ],
    features=["photo_caption", "escaped_dollar"],
))

ARTICLES.append(A(
    2, "election-date-set", "txt", "KC", "By CPA", "2031-03-04",
    "Kestrane to Elect New President on April 27, Commission Says",
    """
Kestrane will choose a new president on April 27, the Electoral Commission announced Monday, setting the start of a seven-week campaign to replace President Edda Marrick, who is barred from seeking a third term.

If no candidate wins more than half of the votes, the two leading candidates will meet in a runoff three weeks later, on May 18.

Commission chair Judit Pell told reporters in Port Merrow that candidates must file their nomination papers by March 21 and that each would receive equal airtime on the public broadcaster.

"Every citizen who is registered by the end of this month will be able to vote," Pell said. "We expect turnout to be high."

Two candidates are already in the race: Senna Ardell, a former mayor of Selvane who leads the Coastal Alliance, and Finance Minister Rurik Hale of the National Unity bloc.

Marrick, who has governed for eight years, has not endorsed a successor. Her office declined to comment on Monday.

The vote comes as the island republic faces a drought in the Tarrow Valley, a dispute over the expansion of Port Merrow's harbour and rising tension at the state ferry operator, all issues the candidates are expected to address.
""",
    arc="election", agency="CPA",
    quotes=[
        Q("Kestrane will choose a new president on April 27", "indirect", "the Electoral Commission", "Kestrane Electoral Commission", "organisation", "announced"),
        Q("candidates must file their nomination papers by March 21 and that each would receive equal airtime on the public broadcaster", "indirect", "Commission chair Judit Pell", "Judit Pell", "person", "told", "reported_that"),
        Q("Every citizen who is registered by the end of this month will be able to vote,", "direct", "Pell", "Judit Pell", "person", "said", "split"),
        Q("We expect turnout to be high.", "direct", "Pell", "Judit Pell", "person", "said", "split"),
    ],
    non_quotes=[NQ("Her office declined to comment on Monday.", "declined_to_comment", "Not a quote: no words are attributed to the president's office.")],
    times=[
        ("April 27", "2031-04-27", "DATE", 0),
        ("Monday", "@last:MO", "DATE", 0),
        ("seven-week", "P7W", "DURATION"),
        ("three weeks later", "2031-05-18", "DATE"),
        ("May 18", "2031-05-18", "DATE"),
        ("March 21", "2031-03-21", "DATE"),
        ("the end of this month", "2031-03", "DATE"),
        ("for eight years", "P8Y", "DURATION"),
        ("Monday", "@last:MO", "DATE", 1),
    ],
))

ARTICLES.append(A(
    3, "lake-orme-lowest-level", "txt", "TVH", "By Elin Baske", "2031-03-05",
    "Lake Orme Falls to Lowest Level on Record",
    """
The Lake Orme reservoir, which supplies drinking water to 140,000 people in the Tarrow Valley, has fallen to 31 percent of capacity, its lowest level since records began in 2001, the Tarrow Valley Water Board said Tuesday.

The valley has had almost no rain since November. Winter storms that normally refill the lake between December and February never arrived, and forecasters at the Kestrane Met Service expect a dry spring.

"We are not yet in an emergency, but we are close to one," said Dr. Maren Solte, who chairs the water board. "If the lake drops below 25 percent, we will have no choice but to ration."

Solte urged households to cut their use by a fifth and asked farmers to cut back on irrigation.

At the lake's southern shore near Caddow, the old stone bridge that was drowned when the dam was built in 1968 has reappeared for the first time in living memory. Families from across the valley drove out on Sunday to photograph it.

"It's beautiful and it's frightening," said Hanne Orlo, a retired teacher who walked across the exposed riverbed with her grandchildren. "My father used to cross that bridge to school."

Piet Kallan, president of the Valley Growers' Union, said growers had already lost part of the early potato crop and warned that orchards would suffer next.

"We can survive one bad season," he said. "We cannot survive two."
""",
    arc="drought", authors=["Elin Baske"],
    quotes=[
        Q("The Lake Orme reservoir, which supplies drinking water to 140,000 people in the Tarrow Valley, has fallen to 31 percent of capacity, its lowest level since records began in 2001", "indirect", "the Tarrow Valley Water Board", "Tarrow Valley Water Board", "organisation", "said"),
        Q("We are not yet in an emergency, but we are close to one,", "direct", "Dr. Maren Solte", "Maren Solte", "person", "said", "split", "inverted_apposition"),
        Q("If the lake drops below 25 percent, we will have no choice but to ration.", "direct", "Dr. Maren Solte", "Maren Solte", "person", "said", "split", "inverted_apposition"),
        Q("It's beautiful and it's frightening,", "direct", "Hanne Orlo", "Hanne Orlo", "person", "said", "split", "inverted_apposition"),
        Q("My father used to cross that bridge to school.", "direct", "Hanne Orlo", "Hanne Orlo", "person", "said", "split", "inverted_apposition"),
        Q("households to cut their use by a fifth", "indirect", "Solte", "Maren Solte", "person", "urged"),
        Q("farmers to cut back on irrigation", "indirect", "Solte", "Maren Solte", "person", "asked"),
        Q("growers had already lost part of the early potato crop", "indirect", "Piet Kallan", "Piet Kallan", "person", "said"),
        Q("orchards would suffer next", "indirect", "Piet Kallan", "Piet Kallan", "person", "warned"),
        Q("We can survive one bad season,", "direct", "he", "Piet Kallan", "person", "said", "split", "pronoun"),
        Q("We cannot survive two.", "direct", "he", "Piet Kallan", "person", "said", "split", "pronoun"),
    ],
    times=[
        ("2001", "2001", "DATE"),
        ("Tuesday", "@last:TU", "DATE"),
        ("November", "2030-11", "DATE"),
        ("December", "2030-12", "DATE"),
        ("February", "2031-02", "DATE"),
        ("spring", "2031-SP", "DATE"),
        ("1968", "1968", "DATE"),
        ("Sunday", "@last:SU", "DATE"),
    ],
))

ARTICLES.append(A(
    4, "fishers-warn-eastmole", "txt", "HG", "By Joss Merrin", "2031-03-07",
    "Fishers Say Eastmole Dredging Would 'Bury' Gull Point Shellfish Beds",
    """
The Merrow Fishers' Cooperative has asked the city council to reject the Eastmole expansion, saying dredging Merrow Sound would smother the shellfish beds that support more than 200 families.

At a packed meeting in the cooperative's net loft on Thursday evening, its chair, Ottilie Brask, read out a letter that will be delivered to every councillor next week.

"For forty years my family has fished these waters, and we have never asked the city for anything. We have paid our harbour dues, we have kept the sound clean, and we have fed this town.

"Now we are told that a channel will be cut through the middle of our grounds and that the mud will simply settle somewhere else. It will settle on the mussel beds at Gull Point. It will bury them," Brask told the meeting.

She said the cooperative would commission its own survey of the seabed and had raised $18,000 from members to pay for it.

The harbour authority says the dredged material will be taken out to sea and dumped beyond the continental shelf. A spokesperson for the authority said yesterday that the plan "fully protects" the inner sound.

Brask was unmoved. "They said the same thing in 1994, when they built the ferry terminal," she said. "Half the oyster beds never came back."

Councillor Ivo Vell, who represents the harbour ward, attended the meeting and told fishers he would vote against the plan in its current form.
""",
    arc="port", authors=["Joss Merrin"],
    quotes=[
        Q("dredging Merrow Sound would smother the shellfish beds that support more than 200 families", "indirect", "The Merrow Fishers' Cooperative", "Merrow Fishers' Cooperative", "organisation", "saying"),
        Q("For forty years my family has fished these waters, and we have never asked the city for anything. We have paid our harbour dues, we have kept the sound clean, and we have fed this town.\n\n\"Now we are told that a channel will be cut through the middle of our grounds and that the mud will simply settle somewhere else. It will settle on the mussel beds at Gull Point. It will bury them,", "direct", "Brask", "Ottilie Brask", "person", "told", "multi_paragraph"),
        Q("the cooperative would commission its own survey of the seabed and had raised $18,000 from members to pay for it", "indirect", "She", "Ottilie Brask", "person", "said", "pronoun"),
        Q("the dredged material will be taken out to sea and dumped beyond the continental shelf", "indirect", "The harbour authority", "Port Merrow Harbour Authority", "organisation", "says"),
        Q("fully protects", "partial", "A spokesperson for the authority", "Port Merrow Harbour Authority", "organisation", "said"),
        Q("They said the same thing in 1994, when they built the ferry terminal,", "direct", "she", "Ottilie Brask", "person", "said", "split", "pronoun"),
        Q("Half the oyster beds never came back.", "direct", "she", "Ottilie Brask", "person", "said", "split", "pronoun"),
        Q("he would vote against the plan in its current form", "indirect", "Councillor Ivo Vell", "Ivo Vell", "person", "told"),
    ],
    times=[
        ("Thursday evening", "@last:TH|TEV", "TIME"),
        ("next week", "@w+1", "DATE"),
        ("For forty years", "P40Y", "DURATION"),
        ("yesterday", "@d-1", "DATE"),
        ("1994", "1994", "DATE"),
    ],
    features=["multi_paragraph_quote", "escaped_dollar"],
))

ARTICLES.append(A(
    5, "ardell-launches-campaign", "txt", "IS", "By Mika Dorran", "2031-03-10",
    "Ardell Launches Presidential Bid With Promise to 'Open the Islands'",
    """
Senna Ardell launched her campaign for the presidency on Sunday in the fish market at Selvane, the town where she served two terms as mayor, promising cheaper ferries, a new water pipeline for the Tarrow Valley and what she called "an end to decisions made behind closed doors."

About 3,000 supporters crowded between the ice tables. Ardell, 47, spoke for forty minutes without notes.

"I am running because this country is bigger than Port Merrow," she said. "The islands have been treated as somewhere you pass through on the way to the capital."

Ardell, who leads the Coastal Alliance, said that if elected she would freeze ferry fares for two years and order an independent review of the Eastmole harbour project.

Her main rival, Finance Minister Rurik Hale, has not yet formally declared. His campaign manager, Fenna Osk, dismissed the launch as "theatre."

"Voters want a president who has balanced a budget, not one who has cut ribbons," Osk said in a statement.

Polls suggest a tight race. A survey published two weeks ago by Isle Opinion Research put Ardell on 34 percent and Hale on 37 percent, with a quarter of voters undecided.

Among the crowd was Tobiah Renk, a ferry deckhand from Orlen Bay. "She's the first one who's actually been on the boats," he said.
""",
    arc="election", authors=["Mika Dorran"],
    quotes=[
        Q("an end to decisions made behind closed doors.", "partial", "she", "Senna Ardell", "person", "called", "pronoun"),
        Q("I am running because this country is bigger than Port Merrow,", "direct", "she", "Senna Ardell", "person", "said", "split", "pronoun"),
        Q("The islands have been treated as somewhere you pass through on the way to the capital.", "direct", "she", "Senna Ardell", "person", "said", "split", "pronoun"),
        Q("if elected she would freeze ferry fares for two years and order an independent review of the Eastmole harbour project", "indirect", "Ardell", "Senna Ardell", "person", "said", "reported_that"),
        Q("theatre.", "partial", "His campaign manager, Fenna Osk", "Fenna Osk", "person", "dismissed"),
        Q("Voters want a president who has balanced a budget, not one who has cut ribbons,", "direct", "Osk", "Fenna Osk", "person", "said"),
        Q("She's the first one who's actually been on the boats,", "direct", "he", "Tobiah Renk", "person", "said", "pronoun"),
    ],
    times=[
        ("on Sunday", "@last:SU", "DATE"),
        ("for forty minutes", "PT40M", "DURATION"),
        ("for two years", "P2Y", "DURATION"),
        ("two weeks ago", "@w-2", "DATE"),
    ],
))

ARTICLES.append(A(
    6, "water-board-warns-rationing", "csv", "KC", "By Meridian Wire", "2031-03-11",
    "Valley water board warns rationing may begin within weeks",
    """
CADDOW (MW) — The Tarrow Valley Water Board warned on Monday that it could introduce water rationing before the end of March if the level of the Lake Orme reservoir kept falling at its current rate.

The reservoir stood at 29 percent of capacity on Monday morning, down two points in a week, according to figures published by the board.

"We are losing about one percent every three days," board chair Maren Solte told a news conference in Caddow. "Unless the weather changes, the arithmetic is very simple."

Under the board's draft plan, mains water would be cut off to homes in the valley on a rota, and businesses would face fines for washing vehicles or filling pools.

Solte said hospitals, schools and care homes would be exempt.

The Valley Growers' Union said in a statement that farms were being asked to "carry the whole burden" and called on the national government to fund emergency wells.

The Kestrane Met Service said there was little sign of significant rain before April.
""",
    arc="drought", agency="MW", pubdate_raw="2031-03-11",
    quotes=[
        Q("it could introduce water rationing before the end of March if the level of the Lake Orme reservoir kept falling at its current rate", "indirect", "The Tarrow Valley Water Board", "Tarrow Valley Water Board", "organisation", "warned"),
        Q("The reservoir stood at 29 percent of capacity on Monday morning, down two points in a week", "indirect", "figures published by the board", "Tarrow Valley Water Board", "organisation", "according to", "according_to"),
        Q("We are losing about one percent every three days,", "direct", "board chair Maren Solte", "Maren Solte", "person", "told", "split"),
        Q("Unless the weather changes, the arithmetic is very simple.", "direct", "board chair Maren Solte", "Maren Solte", "person", "told", "split"),
        Q("hospitals, schools and care homes would be exempt", "indirect", "Solte", "Maren Solte", "person", "said"),
        Q("carry the whole burden", "partial", "The Valley Growers' Union", "Valley Growers' Union", "organisation", "said"),
        Q("there was little sign of significant rain before April", "indirect", "The Kestrane Met Service", "Kestrane Met Service", "organisation", "said"),
    ],
    times=[
        ("on Monday", "@last:MO", "DATE", 0),
        ("the end of March", "2031-03", "DATE"),
        ("Monday morning", "@last:MO|TMO", "TIME"),
        ("in a week", "P1W", "DURATION"),
        ("every three days", "P3D", "SET"),
        ("April", "2031-04", "DATE"),
    ],
    features=["agency_in_dateline", "csv_row"],
))

ARTICLES.append(A(
    7, "port-vote-delayed", "txt", "HG", "By Ana Rell", "2031-03-13",
    "Port Merrow Council Delays Eastmole Vote",
    """
Port Merrow's city council postponed its vote on the Eastmole harbour expansion on Wednesday night after a six-hour session in which councillors demanded more detail on the cost of dredging and the fate of the Gull Point shellfish beds.

"We are not going to approve the biggest project in this city's history on the strength of a glossy brochure," said Mayor Tomas Verin, who chairs the council. "The harbour authority will come back with answers, and then we will vote."

The vote had been expected to pass comfortably. Instead, the council agreed by nine votes to three to defer it until the authority publishes a full environmental impact statement, which officials said could take until May.

Councillor Ivo Vell, a long-time critic of the project, called the plan "reckless" and accused the authority of hiding the true cost of maintaining the deepened channel.

"Every two years someone will have to dredge it again, and every two years the taxpayer will get the bill," Vell said.

Halla Dunmore, the authority's chief executive, said she was disappointed but would "respect the council's wish for more time." The port chief insisted the project remained affordable at $412 million.

Around 150 fishers and their families watched from the public gallery. Some cheered when the vote |SPLIT| was announced.

Verin said that the council would hold a public hearing before any final decision.
""",
    arc="port", authors=["Ana Rell"],
    related=(4, "Fishers Say Eastmole Dredging Would 'Bury' Gull Point Shellfish Beds"),
    quotes=[
        Q("We are not going to approve the biggest project in this city's history on the strength of a glossy brochure,", "direct", "Mayor Tomas Verin", "Tomas Verin", "person", "said", "split", "inverted_apposition"),
        Q("The harbour authority will come back with answers, and then we will vote.", "direct", "Mayor Tomas Verin", "Tomas Verin", "person", "said", "split", "inverted_apposition"),
        Q("could take until May", "indirect", "officials", None, "anonymous", "said", "anonymous"),
        Q("reckless", "partial", "Councillor Ivo Vell", "Ivo Vell", "person", "called"),
        Q("Every two years someone will have to dredge it again, and every two years the taxpayer will get the bill,", "direct", "Vell", "Ivo Vell", "person", "said"),
        Q("she was disappointed", "indirect", "Halla Dunmore", "Halla Dunmore", "person", "said"),
        Q("respect the council's wish for more time.", "partial", "Halla Dunmore", "Halla Dunmore", "person", "said"),
        Q("the project remained affordable at $412 million", "indirect", "The port chief", "Halla Dunmore", "person", "insisted", "description"),
        Q("the council would hold a public hearing before any final decision", "indirect", "Verin", "Tomas Verin", "person", "said", "reported_that"),
    ],
    times=[
        ("Wednesday night", "@last:WE|TNI", "TIME"),
        ("six-hour", "PT6H", "DURATION"),
        ("May", "2031-05", "DATE"),
        ("Every two years", "P2Y", "SET"),
        ("every two years", "P2Y", "SET"),
    ],
    features=["related_article_line", "split_paragraph", "escaped_dollar"],
))

_cpa_council = """
PORT MERROW — The city council of Port Merrow, Kestrane's capital and largest port, has postponed a vote on a $412 million harbour expansion until an environmental impact statement is published.

Councillors voted nine to three late on Wednesday to defer a decision on the Eastmole project, which would lengthen the city's main breakwater and dredge a deep-water channel through Merrow Sound.

Mayor Tomas Verin said the council needed "answers, not brochures" before it could approve the scheme.

The Port Merrow Harbour Authority, which is promoting the project, says it will create about 900 permanent jobs. Its chief executive, Halla Dunmore, said the authority would publish the study "as quickly as the science allows."

Local fishers oppose the plan, saying dredging would damage shellfish beds at Gull Point. The Merrow Fishers' Cooperative has raised money for its own seabed survey.
{TRUST}
The expansion has become an issue in the presidential election campaign. Coastal Alliance candidate Senna Ardell has promised an independent review if she wins the April 27 vote.{EXTRA}
"""

_cpa_council_quotes = [
    Q("answers, not brochures", "partial", "Mayor Tomas Verin", "Tomas Verin", "person", "said"),
    Q("it will create about 900 permanent jobs", "indirect", "The Port Merrow Harbour Authority", "Port Merrow Harbour Authority", "organisation", "says"),
    Q("the authority would publish the study", "indirect", "Its chief executive, Halla Dunmore", "Halla Dunmore", "person", "said"),
    Q("as quickly as the science allows.", "partial", "Its chief executive, Halla Dunmore", "Halla Dunmore", "person", "said"),
    Q("dredging would damage shellfish beds at Gull Point", "indirect", "Local fishers", None, "anonymous", "saying"),
    Q("an independent review if she wins the April 27 vote", "indirect", "Coastal Alliance candidate Senna Ardell", "Senna Ardell", "person", "promised"),
]

ARTICLES.append(A(
    8, "council-shelves-harbour-vote", "txt", "KC", "By CPA", "2031-03-14",
    "Kestrane Capital Shelves Harbour Vote Pending Environmental Study",
    _cpa_council.replace("{TRUST}", "\nEnvironmental group the Merrow Sound Trust said in a statement that the delay was \"the first sensible decision\" in the project's history.\n").replace("{EXTRA}", ""),
    arc="port", agency="CPA",
    quotes=[*_cpa_council_quotes,
            Q("the first sensible decision", "partial", "Environmental group the Merrow Sound Trust", "Merrow Sound Trust", "organisation", "said")],
    times=[("Wednesday", "@last:WE", "DATE"), ("April 27", "2031-04-27", "DATE")],
    features=["wire_copy", "escaped_dollar"],
))

ARTICLES.append(A(
    9, "council-puts-off-eastmole-decision", "txt", "IS", "By Coastal Press Agency", "2031-03-14",
    "Port Merrow Council Puts Off Eastmole Decision",
    _cpa_council.replace("{TRUST}", "").replace("{EXTRA}", " A date for the public hearing has not been set."),
    arc="port", agency="CPA",
    quotes=list(_cpa_council_quotes),
    times=[("Wednesday", "@last:WE", "DATE"), ("April 27", "2031-04-27", "DATE")],
    features=["wire_copy", "escaped_dollar"],
))

ARTICLES.append(A(
    10, "rationing-begins", "txt", "TVH", "By Elin Baske", "2031-03-17",
    "Rationing Begins: Valley Taps to Run Dry Twice a Week",
    """
Mains water will be shut off across the Tarrow Valley every Tuesday and every Friday from tomorrow, the water board confirmed on Saturday, after the Lake Orme reservoir fell to 27 percent of capacity.

Supplies will be cut from 6 a.m. to 10 p.m. on those days. The board will run tankers to Hestmoor and Brinnack, the two villages furthest from the treatment works, and hospitals will stay connected.

"Nobody on this board wanted to take this step," said Dr. Maren Solte, the board's chair. "But a lake at 27 percent does not leave room for wishful thinking."

Solte appealed to residents to store no more than they needed. "If everyone fills the bath on Monday night, we will simply run out faster."

"Please, be neighbours about this."

The rationing order will be reviewed every two weeks. Solte said it could last until the autumn rains if spring is as dry as forecast.

In Caddow's market square on Sunday, shoppers were queuing for bottled water at two supermarkets. One shop assistant said stock had sold out within an hour.

Agnes Tull, the mayor of Hestmoor, said her village had been "forgotten for years" by the valley's water planners.

"Tankers are a sticking plaster," she said.
""",
    arc="drought", authors=["Elin Baske"],
    quotes=[
        Q("Mains water will be shut off across the Tarrow Valley every Tuesday and every Friday from tomorrow", "indirect", "the water board", "Tarrow Valley Water Board", "organisation", "confirmed"),
        Q("Nobody on this board wanted to take this step,", "direct", "Dr. Maren Solte", "Maren Solte", "person", "said", "split", "inverted_apposition"),
        Q("But a lake at 27 percent does not leave room for wishful thinking.", "direct", "Dr. Maren Solte", "Maren Solte", "person", "said", "split", "inverted_apposition"),
        Q("If everyone fills the bath on Monday night, we will simply run out faster.", "direct", None, "Maren Solte", "person", None, "floating"),
        Q("Please, be neighbours about this.", "direct", None, "Maren Solte", "person", None, "floating"),
        Q("it could last until the autumn rains if spring is as dry as forecast", "indirect", "Solte", "Maren Solte", "person", "said"),
        Q("stock had sold out within an hour", "indirect", "One shop assistant", None, "anonymous", "said", "anonymous"),
        Q("forgotten for years", "partial", "Agnes Tull, the mayor of Hestmoor", "Agnes Tull", "person", "said"),
        Q("Tankers are a sticking plaster,", "direct", "she", "Agnes Tull", "person", "said", "pronoun"),
    ],
    times=[
        ("every Tuesday", "XXXX-WXX-2", "SET"),
        ("every Friday", "XXXX-WXX-5", "SET"),
        ("tomorrow", "@d+1", "DATE"),
        ("on Saturday", "@last:SA", "DATE"),
        ("6 a.m.", "XXXX-XX-XXT06:00", "TIME"),
        ("10 p.m.", "XXXX-XX-XXT22:00", "TIME"),
        ("Monday night", "XXXX-WXX-1TNI", "TIME"),
        ("every two weeks", "P2W", "SET"),
        ("autumn", "2031-FA", "DATE"),
        ("spring", "2031-SP", "DATE"),
        ("on Sunday", "@last:SU", "DATE"),
        ("within an hour", "PT1H", "DURATION"),
        ("for years", "PXY", "DURATION"),
    ],
    features=["floating_quotes"],
))

ARTICLES.append(A(
    11, "growers-ask-for-emergency-wells", "html", "TVH", "By Elin Baske", "2031-03-19",
    "Growers Ask Government for Emergency Wells as Orchards Wilt",
    """
Fruit growers in the upper Tarrow Valley have asked the national government for $6 million to drill emergency wells, warning that apple and pear orchards that took decades to establish could be lost this summer.

The request, sent to the Ministry of Agriculture last Friday, asks for forty boreholes to be drilled before the end of May.

"A potato field you can replant next year," said Piet Kallan, president of the Valley Growers' Union. "An orchard takes fifteen years to come back. We are talking about people's pensions."

Kallan said the union had mapped old wells on 60 farms and that about half could be reopened cheaply.

According to the ministry, the request is "being considered carefully" alongside other drought measures. A ministry official, speaking on condition of anonymity, said the money was unlikely to be approved before the presidential election.

The growers' union has been lobbying for groundwater funding for three years.

At her orchard near Brinnack, Grete Orsby showed rows of young trees whose leaves had curled and browned. She waters them by hand every evening from a tank on the back of her truck.

"I used to love walking these rows," she said. "Now I dread it."
""",
    arc="drought", authors=["Elin Baske"], published_time="2031-03-19T06:15:00Z", section="Farming",
    quotes=[
        Q("apple and pear orchards that took decades to establish could be lost this summer", "indirect", "Fruit growers in the upper Tarrow Valley", None, "anonymous", "warning"),
        Q("A potato field you can replant next year,", "direct", "Piet Kallan", "Piet Kallan", "person", "said", "split", "inverted_apposition"),
        Q("An orchard takes fifteen years to come back. We are talking about people's pensions.", "direct", "Piet Kallan", "Piet Kallan", "person", "said", "split", "inverted_apposition"),
        Q("the union had mapped old wells on 60 farms and that about half could be reopened cheaply", "indirect", "Kallan", "Piet Kallan", "person", "said", "reported_that"),
        Q("being considered carefully", "partial", "the ministry", "Ministry of Agriculture", "organisation", "according to", "according_to"),
        Q("the money was unlikely to be approved before the presidential election", "indirect", "A ministry official", None, "anonymous", "said", "anonymous"),
        Q("I used to love walking these rows,", "direct", "she", "Grete Orsby", "person", "said", "split", "pronoun"),
        Q("Now I dread it.", "direct", "she", "Grete Orsby", "person", "said", "split", "pronoun"),
    ],
    times=[
        ("decades", "PXDE", "DURATION"),
        ("this summer", "2031-SU", "DATE"),
        ("last Friday", "@last:FR", "DATE"),
        ("the end of May", "2031-05", "DATE"),
        ("next year", "@y+1", "DATE"),
        ("fifteen years", "P15Y", "DURATION"),
        ("for three years", "P3Y", "DURATION"),
        ("every evening", "XXXX-XX-XXTEV", "SET"),
    ],
    features=["html_page"],
))

ARTICLES.append(A(
    12, "hale-enters-race", "txt", "KC", "By Teodor Vask", "2031-03-20",
    "Hale Confirms Presidential Run, Pledges 'Steady Hands'",
    """
Finance Minister Rurik Hale formally entered the race for the presidency on Wednesday, presenting himself as the candidate of experience in a speech to party members at the National Unity bloc's headquarters in Port Merrow.

Hale, 58, has served as finance minister for six years and is widely credited with steering Kestrane through the 2027 banking scare. He said the country needed "steady hands, not new slogans."

"I know what a budget looks like from the inside," Hale said. "I know what it costs to run a ferry, to build a harbour, to keep a hospital open. My opponent knows what it costs to run a campaign."

The remark was a swipe at Senna Ardell, the Coastal Alliance candidate, who launched her own campaign on March 9.

Hale said he supported the Eastmole harbour expansion "without reservation" and would not delay it, putting him at odds with both Ardell and the Port Merrow city council.

Asked about the drought, he promised to create a national water agency within 100 days of taking office.

Ardell's spokesman, Davin Sorrel, said Hale had been "in charge of the money for six years and has only now noticed the valley is dry."

Nominations close tomorrow. A third candidate, Abel Toshen of the Green Islands Party, is expected to file his papers this morning.
""",
    arc="election", authors=["Teodor Vask"],
    quotes=[
        Q("steady hands, not new slogans.", "partial", "He", "Rurik Hale", "person", "said", "pronoun"),
        Q("I know what a budget looks like from the inside,", "direct", "Hale", "Rurik Hale", "person", "said", "split"),
        Q("I know what it costs to run a ferry, to build a harbour, to keep a hospital open. My opponent knows what it costs to run a campaign.", "direct", "Hale", "Rurik Hale", "person", "said", "split"),
        Q("without reservation", "partial", "Hale", "Rurik Hale", "person", "said"),
        Q("to create a national water agency within 100 days of taking office", "indirect", "he", "Rurik Hale", "person", "promised", "pronoun"),
        Q("in charge of the money for six years and has only now noticed the valley is dry.", "partial", "Ardell's spokesman, Davin Sorrel", "Davin Sorrel", "person", "said"),
    ],
    times=[
        ("on Wednesday", "@last:WE", "DATE"),
        ("for six years", "P6Y", "DURATION", 0),
        ("2027", "2027", "DATE"),
        ("March 9", "2031-03-09", "DATE"),
        ("within 100 days", "P100D", "DURATION"),
        ("for six years", "P6Y", "DURATION", 1),
        ("now", "PRESENT_REF", "DATE"),
        ("tomorrow", "@d+1", "DATE"),
        ("this morning", "@d|TMO", "TIME"),
    ],
))

ARTICLES.append(A(
    13, "salt-winds-festival", "txt", "IS", "By Mika Dorran", "2031-03-24",
    "'Salt Winds' Opens Selvane Film Festival to Standing Ovation",
    """
The Selvane Island Film Festival opened on Saturday night with the premiere of "Salt Winds," a drama about a lighthouse keeper's daughter who stays behind when the rest of her island leaves for the mainland.

Director Inez Caldor, who grew up on Orlen Bay, received a four-minute standing ovation at the Harbourside Cinema. The film was shot over eleven weeks last autumn with a cast made up largely of non-professional actors from the outer islands.

"I wanted to make a film about the people who stay," Caldor told the audience before the screening. "Everyone makes films about the people who leave."

The film draws heavily on what islanders call the "ferry generation" — young people who commuted to school in Port Merrow on the early boat and never moved back. Caldor said the story was partly based on her grandmother, who kept the Orlen Point light for 22 years.

Critics were largely warm. Writing in the festival bulletin, reviewer Saul Petrin called it "quietly devastating" and praised the lead performance by 19-year-old Wren Malloy.

The festival runs until Sunday and will screen 46 films, including a restored print of the 1978 documentary "The Last Herring Season."

Festival director Oona Brickell said ticket sales were up by a third on last year. "People want stories about this place," she said. "We're living through a strange season."
""",
    arc="culture", authors=["Mika Dorran"],
    quotes=[
        Q("I wanted to make a film about the people who stay,", "direct", "Caldor", "Inez Caldor", "person", "told", "split"),
        Q("Everyone makes films about the people who leave.", "direct", "Caldor", "Inez Caldor", "person", "told", "split"),
        Q("the story was partly based on her grandmother, who kept the Orlen Point light for 22 years", "indirect", "Caldor", "Inez Caldor", "person", "said"),
        Q("quietly devastating", "partial", "reviewer Saul Petrin", "Saul Petrin", "person", "called"),
        Q("ticket sales were up by a third on last year", "indirect", "Festival director Oona Brickell", "Oona Brickell", "person", "said"),
        Q("People want stories about this place,", "direct", "she", "Oona Brickell", "person", "said", "split", "pronoun"),
        Q("We're living through a strange season.", "direct", "she", "Oona Brickell", "person", "said", "split", "pronoun"),
    ],
    non_quotes=[
        NQ("Salt Winds", "title", "Film title in quotation marks, not speech."),
        NQ("ferry generation", "scare_quote", "A coined term in quotation marks, not speech."),
        NQ("The Last Herring Season.", "title", "Documentary title in quotation marks, not speech."),
    ],
    times=[
        ("Saturday night", "@last:SA|TNI", "TIME"),
        ("four-minute", "PT4M", "DURATION"),
        ("eleven weeks", "P11W", "DURATION"),
        ("last autumn", "2030-FA", "DATE"),
        ("for 22 years", "P22Y", "DURATION"),
        ("Sunday", "@next:SU", "DATE"),
        ("1978", "1978", "DATE"),
        ("last year", "2030", "DATE"),
    ],
    features=["title_in_quotes", "scare_quotes"],
))

ARTICLES.append(A(
    14, "harbour-authority-green-corridor", "txt", "HG", "By Joss Merrin", "2031-03-26",
    "Harbour Authority Promises 'Green Corridor' for Eastmole Dredging",
    """
The Port Merrow Harbour Authority said Tuesday it would create a so-called "green corridor" through Merrow Sound, a protected strip of seabed where no dredged material could be dumped, in an attempt to win over the city council before a second vote on the Eastmole expansion.

Under the revised plan, shown to councillors at a private briefing, spoil from the new channel would be barged 40 kilometres offshore rather than 12, adding about $9 million to the cost.

"We have listened," said Halla Dunmore, the authority's chief executive. "The fishers told us the inner sound matters to them, and we have redrawn the map."

The port chief said the authority would also pay for continuous water-quality monitoring at Gull Point for ten years after construction ends.

Ottilie Brask, who chairs the Merrow Fishers' Cooperative, said she had not seen the new map and would not comment on "a drawing we were not invited to look at."

The Merrow Sound Trust was more blunt. "A green corridor is a nice name for a smaller disaster," the group's campaigns director, Renata Quill, said.

Councillor Ivo Vell said the extra barging showed the original costings had been "fiction from the start."

The environmental impact statement is now due in early May, according to the authority.
""",
    arc="port", authors=["Joss Merrin"],
    quotes=[
        Q("it would create a so-called \"green corridor\" through Merrow Sound, a protected strip of seabed where no dredged material could be dumped", "indirect", "The Port Merrow Harbour Authority", "Port Merrow Harbour Authority", "organisation", "said"),
        Q("We have listened,", "direct", "Halla Dunmore", "Halla Dunmore", "person", "said", "split", "inverted_apposition"),
        Q("The fishers told us the inner sound matters to them, and we have redrawn the map.", "direct", "Halla Dunmore", "Halla Dunmore", "person", "said", "split", "inverted_apposition"),
        Q("the authority would also pay for continuous water-quality monitoring at Gull Point for ten years after construction ends", "indirect", "The port chief", "Halla Dunmore", "person", "said", "description"),
        Q("she had not seen the new map", "indirect", "Ottilie Brask", "Ottilie Brask", "person", "said"),
        Q("a drawing we were not invited to look at.", "partial", "Ottilie Brask", "Ottilie Brask", "person", "said"),
        Q("A green corridor is a nice name for a smaller disaster,", "direct", "the group's campaigns director, Renata Quill", "Renata Quill", "person", "said"),
        Q("the extra barging showed the original costings had been \"fiction from the start.\"", "indirect", "Councillor Ivo Vell", "Ivo Vell", "person", "said"),
        Q("fiction from the start.", "partial", "Councillor Ivo Vell", "Ivo Vell", "person", "said"),
        Q("The environmental impact statement is now due in early May", "indirect", "the authority", "Port Merrow Harbour Authority", "organisation", "according to", "according_to"),
    ],
    non_quotes=[NQ("green corridor", "scare_quote", "so-called \"green corridor\": a scare quote; the phrase also appears unquoted inside Renata Quill's direct quote.")],
    times=[
        ("Tuesday", "@last:TU", "DATE"),
        ("for ten years", "P10Y", "DURATION"),
        ("now", "PRESENT_REF", "DATE"),
        ("early May", "2031-05", "DATE"),
    ],
    features=["scare_quotes", "escaped_dollar"],
))

ARTICLES.append(A(
    15, "poll-hale-ardell-neck-and-neck", "csv", "IS", "By Mika Dorran", "2031-03-28",
    "Poll: Hale and Ardell neck and neck, Toshen surges",
    """
Finance Minister Rurik Hale and Coastal Alliance leader Senna Ardell are effectively tied a month before the presidential election, according to a poll released on Thursday by Isle Opinion Research.

The survey of 1,200 adults put Hale on 33 percent and Ardell on 32 percent, within the margin of error. Abel Toshen of the Green Islands Party, who entered the race last week, jumped to 14 percent.

"Toshen is taking votes from both sides, but mostly from younger voters who were undecided," said Lorne Achter, the pollster's director. "The drought has made the environment a kitchen-table issue."

Nearly half of respondents in the Tarrow Valley named water as their top concern, against just 9 percent nationally.

A spokesperson for Hale's campaign said polls "go up and down" and that the minister was focused on the issues. Ardell's campaign declined to comment.

Toshen, a marine biologist from Brinnack, said the result showed voters were "tired of the two old machines."

The first round is on April 27. If no candidate passes 50 percent, a runoff will be held on May 18.
""",
    arc="election", authors=["Mika Dorran"], pubdate_raw="28 March 2031",
    quotes=[
        Q("Finance Minister Rurik Hale and Coastal Alliance leader Senna Ardell are effectively tied a month before the presidential election", "indirect", "a poll released on Thursday by Isle Opinion Research", "Isle Opinion Research", "organisation", "according to", "according_to"),
        Q("Toshen is taking votes from both sides, but mostly from younger voters who were undecided,", "direct", "Lorne Achter", "Lorne Achter", "person", "said", "split", "inverted_apposition"),
        Q("The drought has made the environment a kitchen-table issue.", "direct", "Lorne Achter", "Lorne Achter", "person", "said", "split", "inverted_apposition"),
        Q("go up and down", "partial", "A spokesperson for Hale's campaign", "Rurik Hale campaign", "organisation", "said"),
        Q("the minister was focused on the issues", "indirect", "A spokesperson for Hale's campaign", "Rurik Hale campaign", "organisation", "said", "reported_that"),
        Q("tired of the two old machines.", "partial", "Toshen", "Abel Toshen", "person", "said"),
    ],
    non_quotes=[NQ("Ardell's campaign declined to comment.", "declined_to_comment", "Not a quote.")],
    times=[
        ("a month", "P1M", "DURATION"),
        ("on Thursday", "@last:TH", "DATE"),
        ("last week", "@w-1", "DATE"),
        ("April 27", "2031-04-27", "DATE"),
        ("May 18", "2031-05-18", "DATE"),
    ],
    features=["csv_row"],
))

ARTICLES.append(A(
    16, "hestmoor-wells-run-dry", "txt", "TVH", "By Elin Baske", "2031-03-31",
    "Hestmoor's Wells Run Dry as Tankers Struggle to Keep Up",
    """
Three of the four village wells in Hestmoor have run dry, leaving the hill village of 1,100 people almost entirely dependent on water tankers that arrive twice a day from Caddow.

The last working well, beside the chapel, produced about a third of its normal flow on Sunday, according to the village council.

"We had a queue of forty people with buckets at seven in the morning on Saturday," Hestmoor mayor Agnes Tull said. "Some of them are in their eighties."

Tull said that the water board had promised a third tanker two weeks ago and that it had not arrived.

The board said on Friday that a tanker had been diverted to a care home in Brinnack and would reach Hestmoor "within days."

Dr. Maren Solte, the board's chair, told the Herald that the reservoir had dropped to 25 percent, the threshold she set earlier this month for stricter measures. The board will decide on Thursday whether to add a third day of cuts.

Residents say the strain is showing. At the chapel well, Teodric Bale, 81, who has lived in the village since 1962, said he had never seen it so low.

"My father said the well would never fail," he said. "He was wrong, it turns out. He was just lucky with the weather."
""",
    arc="drought", authors=["Elin Baske"],
    quotes=[
        Q("The last working well, beside the chapel, produced about a third of its normal flow on Sunday", "indirect", "the village council", "Hestmoor village council", "organisation", "according to", "according_to"),
        Q("We had a queue of forty people with buckets at seven in the morning on Saturday,", "direct", "Hestmoor mayor Agnes Tull", "Agnes Tull", "person", "said", "split"),
        Q("Some of them are in their eighties.", "direct", "Hestmoor mayor Agnes Tull", "Agnes Tull", "person", "said", "split"),
        Q("the water board had promised a third tanker two weeks ago and that it had not arrived", "indirect", "Tull", "Agnes Tull", "person", "said", "reported_that"),
        Q("a tanker had been diverted to a care home in Brinnack and would reach Hestmoor", "indirect", "The board", "Tarrow Valley Water Board", "organisation", "said"),
        Q("within days.", "partial", "The board", "Tarrow Valley Water Board", "organisation", "said"),
        Q("the reservoir had dropped to 25 percent, the threshold she set earlier this month for stricter measures", "indirect", "Dr. Maren Solte", "Maren Solte", "person", "told"),
        Q("the strain is showing", "indirect", "Residents", None, "anonymous", "say", "anonymous"),
        Q("he had never seen it so low", "indirect", "Teodric Bale", "Teodric Bale", "person", "said"),
        Q("My father said the well would never fail,", "direct", "he", "Teodric Bale", "person", "said", "split", "pronoun"),
        Q("He was wrong, it turns out. He was just lucky with the weather.", "direct", "he", "Teodric Bale", "person", "said", "split", "pronoun"),
    ],
    times=[
        ("twice a day", "P1D", "SET"),
        ("on Sunday", "@last:SU", "DATE"),
        ("seven in the morning on Saturday", "@last:SA|T07:00", "TIME"),
        ("two weeks ago", "@w-2", "DATE"),
        ("on Friday", "@last:FR", "DATE"),
        ("within days", "PXD", "DURATION"),
        ("earlier this month", "2031-03", "DATE"),
        ("on Thursday", "@next:TH", "DATE"),
        ("1962", "1962", "DATE"),
    ],
))
