# ruff: noqa: E501
"""june 2031 articles (fictional, CC0 1.0)."""

from model import NQ, Q, Article

A = Article
ARTICLES: list[Article] = []

ARTICLES.append(A(
    48, "ardell-sworn-in", "txt", "KC", "By Noor Halloway", "2031-06-02",
    "Ardell Sworn In as President, Promises 'A Government That Travels'",
    """
Senna Ardell was sworn in as Kestrane's fourth president yesterday in a ceremony on the steps of the Assembly House in Port Merrow, becoming the first head of state from the outer islands.

In a 22-minute inaugural address, Ardell promised what she called "a government that travels," pledging to hold one cabinet meeting every month on a different island.

"For a hundred years, power in this country has stayed in one city," she told a crowd of about 15,000. "From today, it will take the ferry like everyone else — once the ferries are running again."

The line drew laughter and applause, including from crew members of the Seafarers' Guild, who paused their picket at the ferry quay to attend.

Outgoing president Edda Marrick, who served two four-year terms, handed over the seal of office and left the ceremony without speaking to reporters.

Rurik Hale attended and shook Ardell's hand. Asked afterwards whether he would remain in politics, the former finance minister said: "I'm going to spend a month fishing. After that, we'll see."

Ardell is expected to announce her cabinet within two weeks. Her first official visit, aides said, will be to the Tarrow Valley on Thursday.
""",
    arc="election", authors=["Noor Halloway"],
    quotes=[
        Q("a government that travels,", "partial", "she", "Senna Ardell", "person", "called", "pronoun"),
        Q("For a hundred years, power in this country has stayed in one city,", "direct", "she", "Senna Ardell", "person", "told", "split", "pronoun"),
        Q("From today, it will take the ferry like everyone else — once the ferries are running again.", "direct", "she", "Senna Ardell", "person", "told", "split", "pronoun"),
        Q("I'm going to spend a month fishing. After that, we'll see.", "direct", "the former finance minister", "Rurik Hale", "person", "said", "colon_cue", "description"),
        Q("will be to the Tarrow Valley on Thursday", "indirect", "aides", None, "anonymous", "said", "anonymous", "parenthetical_cue"),
    ],
    times=[
        ("yesterday", "@d-1", "DATE"),
        ("22-minute", "PT22M", "DURATION"),
        ("every month", "P1M", "SET"),
        ("For a hundred years", "P100Y", "DURATION"),
        ("today", "2031-06-01", "DATE", 0, "Inside a quote spoken at the inauguration on June 1: anchor to the speech time."),
        ("four-year", "P4Y", "DURATION"),
        ("a month", "P1M", "DURATION"),
        ("within two weeks", "P2W", "DURATION"),
        ("on Thursday", "@next:TH", "DATE"),
    ],
    features=["colon_cue", "speech_time_anchor"],
))

ARTICLES.append(A(
    49, "ferry-strike-ends", "txt", "HG", "By Joss Merrin", "2031-06-03",
    "Ferry Strike Ends After 28 Days as Crews Accept Ten-Hour Cap",
    """
Kestrane's ferry strike is over. Members of the Seafarers' Guild voted on Monday to accept a deal brokered by mediator Ansel Varrick that caps shifts at ten hours, adds 120 crew over three years and raises pay by 5 percent this year and 3 percent next year.

The guild said 88 percent of members who voted backed the deal. Full services will resume on Wednesday morning, the company said, after two days of safety checks on vessels that have been idle for four weeks.

"It took twenty-eight days, and it should have taken one phone call," said Brann Cotter, the guild's general secretary. "But our members will sleep properly on these boats from now on."

Cotter thanked islanders for their patience, and he singled out the shopkeepers of Skerrow and Orlen Bay. "They carried this strike as much as we did."

Delphine Arkwright, the company's chief executive, said the settlement would cost about $7 million a year. She said the company would ask the new government for help rather than raise |SPLIT| fares. "Nobody should pay more to cross the water because we got our rosters wrong," she said.

President Senna Ardell, who took office on Sunday, called the agreement "a good start for everyone" and said her transport minister would meet both sides next month to discuss the company's long-term funding.

The strike is estimated to have cost the company $4.5 million in lost revenue.
""",
    arc="ferry", authors=["Joss Merrin"],
    quotes=[
        Q("88 percent of members who voted backed the deal", "indirect", "The guild", "Seafarers' Guild", "organisation", "said"),
        Q("Full services will resume on Wednesday morning", "indirect", "the company", "Kestrane Island Ferries", "organisation", "said", "parenthetical_cue"),
        Q("It took twenty-eight days, and it should have taken one phone call,", "direct", "Brann Cotter", "Brann Cotter", "person", "said", "split", "inverted_apposition"),
        Q("But our members will sleep properly on these boats from now on.", "direct", "Brann Cotter", "Brann Cotter", "person", "said", "split", "inverted_apposition"),
        Q("They carried this strike as much as we did.", "direct", None, "Brann Cotter", "person", None, "floating"),
        Q("the settlement would cost about $7 million a year", "indirect", "Delphine Arkwright", "Delphine Arkwright", "person", "said"),
        Q("the company would ask the new government for help rather than raise\n\nfares", "indirect", "She", "Delphine Arkwright", "person", "said", "pronoun", "crosses_split_paragraph"),
        Q("Nobody should pay more to cross the water because we got our rosters wrong,", "direct", "she", "Delphine Arkwright", "person", "said", "pronoun"),
        Q("a good start for everyone", "partial", "President Senna Ardell", "Senna Ardell", "person", "called"),
        Q("her transport minister would meet both sides next month to discuss the company's long-term funding", "indirect", "President Senna Ardell", "Senna Ardell", "person", "said"),
    ],
    times=[
        ("on Monday", "@last:MO", "DATE"),
        ("ten hours", "PT10H", "DURATION"),
        ("three years", "P3Y", "DURATION"),
        ("this year", "@y", "DATE"),
        ("next year", "@y+1", "DATE"),
        ("Wednesday morning", "@next:WE|TMO", "TIME"),
        ("two days", "P2D", "DURATION"),
        ("for four weeks", "P4W", "DURATION"),
        ("twenty-eight days", "P28D", "DURATION"),
        ("now", "PRESENT_REF", "DATE"),
        ("a year", "P1Y", "SET"),
        ("on Sunday", "@last:SU", "DATE"),
        ("next month", "@m+1", "DATE"),
    ],
    features=["floating_quotes", "split_paragraph", "escaped_dollar"],
))

ARTICLES.append(A(
    50, "first-ferries-sail", "csv", "IS", "By Mika Dorran", "2031-06-04",
    "First ferries sail as islands count the cost of strike",
    """
The first scheduled ferry for four weeks left Port Merrow for Selvane at 6.30 this morning, with a brass band on the quay and a crew who had been on the picket line until Monday.

Kestrane Island Ferries said every route would run to its normal timetable by Friday, with extra sailings to Skerrow and Orlen Bay this weekend to restock shops.

On board the first crossing, deckhand Tobiah Renk said the mood among crew was "tired, but proud."

"We didn't win everything," he said. "But nobody's working a fourteen-hour shift again."

Island businesses say the strike has left lasting damage. The Orlen Bay Traders' Association estimated that shops and guesthouses on the island lost about $900,000 in trade over the four weeks.

"Some of us won't open next summer," said the association's chair, Marit Oshby.
""",
    arc="ferry", authors=["Mika Dorran"], pubdate_raw="2031-06-04T07:45:00+02:00",
    quotes=[
        Q("every route would run to its normal timetable by Friday, with extra sailings to Skerrow and Orlen Bay this weekend to restock shops", "indirect", "Kestrane Island Ferries", "Kestrane Island Ferries", "organisation", "said"),
        Q("tired, but proud.", "partial", "deckhand Tobiah Renk", "Tobiah Renk", "person", "said"),
        Q("We didn't win everything,", "direct", "he", "Tobiah Renk", "person", "said", "split", "pronoun"),
        Q("But nobody's working a fourteen-hour shift again.", "direct", "he", "Tobiah Renk", "person", "said", "split", "pronoun"),
        Q("the strike has left lasting damage", "indirect", "Island businesses", None, "anonymous", "say", "anonymous"),
        Q("shops and guesthouses on the island lost about $900,000 in trade over the four weeks", "indirect", "The Orlen Bay Traders' Association", "Orlen Bay Traders' Association", "organisation", "estimated"),
        Q("Some of us won't open next summer,", "direct", "the association's chair, Marit Oshby", "Marit Oshby", "person", "said", "inverted_apposition"),
    ],
    times=[
        ("for four weeks", "P4W", "DURATION"),
        ("6.30 this morning", "@d|T06:30", "TIME"),
        ("Monday", "@last:MO", "DATE"),
        ("Friday", "@next:FR", "DATE"),
        ("this weekend", "2031-W23-WE", "DATE"),
        ("fourteen-hour", "PT14H", "DURATION"),
        ("the four weeks", "P4W", "DURATION"),
        ("next summer", "2032-SU", "DATE"),
    ],
    features=["csv_row"],
))

ARTICLES.append(A(
    51, "heavy-rain-reaches-valley", "txt", "TVH", "By Elin Baske", "2031-06-06",
    "Heavy Rain Finally Reaches the Valley",
    """
The heaviest rain in the Tarrow Valley for eight months fell overnight on Wednesday and through Thursday, sending brown water pouring down the dry streambeds above Lake Orme for the first time since the winter.

The Kestrane Met Service recorded 64 millimetres at Caddow in 30 hours. More is forecast for the weekend.

In Hestmoor, children ran out into the square in their school uniforms. "We stood there and got soaked and nobody cared," said Agnes Tull, the village mayor. "I think half the village was crying."

The water board cautioned against celebrating too early. Its chair, Maren Solte, said the reservoir had risen by only two points, to 17 percent, because it takes several days for runoff to reach the lake.

"This is the beginning of the end of the drought, not the end of it," Solte said. "Rationing stays in place until the lake is above 40 percent."

Solte said the board would review the order on June 16.

President Senna Ardell, who visited the valley yesterday on her first official trip, was caught in the downpour at a farm near Brinnack. Photographs of the president sheltering under a trailer with growers' union president Piet Kallan were widely shared online.

"She brought the rain," Kallan joked. "I'm voting for her next time."
""",
    arc="drought", authors=["Elin Baske"],
    caption=(0, "Children in Hestmoor's square as the rain arrived.", "Photo: Tarrow Valley Herald"),
    quotes=[
        Q("We stood there and got soaked and nobody cared,", "direct", "Agnes Tull", "Agnes Tull", "person", "said", "split", "inverted_apposition"),
        Q("I think half the village was crying.", "direct", "Agnes Tull", "Agnes Tull", "person", "said", "split", "inverted_apposition"),
        Q("the reservoir had risen by only two points, to 17 percent, because it takes several days for runoff to reach the lake", "indirect", "Its chair, Maren Solte", "Maren Solte", "person", "said"),
        Q("This is the beginning of the end of the drought, not the end of it,", "direct", "Solte", "Maren Solte", "person", "said", "split"),
        Q("Rationing stays in place until the lake is above 40 percent.", "direct", "Solte", "Maren Solte", "person", "said", "split"),
        Q("the board would review the order on June 16", "indirect", "Solte", "Maren Solte", "person", "said"),
        Q("She brought the rain,", "direct", "Kallan", "Piet Kallan", "person", "joked", "split"),
        Q("I'm voting for her next time.", "direct", "Kallan", "Piet Kallan", "person", "joked", "split"),
    ],
    times=[
        ("for eight months", "P8M", "DURATION"),
        ("overnight on Wednesday", "@last:WE|TNI", "TIME"),
        ("Thursday", "@last:TH", "DATE"),
        ("the winter", "2030-WI", "DATE"),
        ("30 hours", "PT30H", "DURATION"),
        ("the weekend", "2031-W23-WE", "DATE"),
        ("several days", "PXD", "DURATION"),
        ("June 16", "2031-06-16", "DATE"),
        ("yesterday", "@d-1", "DATE"),
    ],
    features=["photo_caption"],
))

ARTICLES.append(A(
    52, "council-approves-eastmole", "txt", "HG", "By Ana Rell", "2031-06-11",
    "Council Approves Scaled-Back Eastmole Expansion by Seven Votes to Five",
    """
Port Merrow's city council approved the scaled-back Eastmole harbour expansion last night by seven votes to five, ending a fourteen-week battle that split the city and brought fishing boats into the harbour mouth.

The vote came after a four-hour debate in which councillors adopted two amendments: an independent panel to monitor the Gull Point mussel beds every three months, and a clause halting dredging automatically if more than 15 percent of the beds are damaged.

Mayor Tomas Verin, who had kept his position private until the final minutes, voted in favour. "I was elected to make decisions, not to avoid them," Verin said. "This is a better project than the one we were shown in March, and that is because people fought for it to be better."

Halla Dunmore, the harbour authority's chief executive, said work on the channel would begin in the spring of next year.

Ottilie Brask left the chamber before the result was read out. Fishers gathered outside sang and then dispersed quietly.

Councillor Ivo Vell, who tabled the monitoring amendment, voted against the project. He said: "We have made a bad plan less bad. That is not the same as a good plan."

The Merrow Fishers' Cooperative said in a statement that it was "considering all options, including the courts."
""",
    arc="port", authors=["Ana Rell"],
    related=(4, "Eastmole Study Finds 'Moderate' Risk to Shellfish; Council Vote Set for June"),
    quotes=[
        Q("I was elected to make decisions, not to avoid them,", "direct", "Verin", "Tomas Verin", "person", "said", "split"),
        Q("This is a better project than the one we were shown in March, and that is because people fought for it to be better.", "direct", "Verin", "Tomas Verin", "person", "said", "split"),
        Q("work on the channel would begin in the spring of next year", "indirect", "Halla Dunmore", "Halla Dunmore", "person", "said"),
        Q("We have made a bad plan less bad. That is not the same as a good plan.", "direct", "He", "Ivo Vell", "person", "said", "colon_cue", "pronoun"),
        Q("considering all options, including the courts.", "partial", "The Merrow Fishers' Cooperative", "Merrow Fishers' Cooperative", "organisation", "said"),
    ],
    times=[
        ("last night", "@d-1|TNI", "TIME"),
        ("fourteen-week", "P14W", "DURATION"),
        ("four-hour", "PT4H", "DURATION"),
        ("every three months", "P3M", "SET"),
        ("in March", "2031-03", "DATE"),
        ("the spring of next year", "2032-SP", "DATE"),
    ],
    features=["colon_cue", "related_article_line"],
))

ARTICLES.append(A(
    53, "fishers-vow-court-fight", "txt", "IS", "By Mika Dorran", "2031-06-12",
    "Fishers Vow Court Fight Over Eastmole as Verin Defends Vote",
    """
The Merrow Fishers' Cooperative will ask the High Court to overturn the city council's approval of the Eastmole harbour expansion, its chair, Ottilie Brask, said yesterday.

Brask said the cooperative's lawyers believed the council had failed to consider the cooperative's own seabed survey, which found the mussel beds were more extensive than the authority's consultants had reported.

"They counted the beds from a boat. We counted them with our hands," Brask said at the net loft where, three months ago, she read out the cooperative's first letter of protest.

"We will lose in the courts or we will win in the courts. Either way, we will not have lost quietly."

The cooperative has raised $46,000 toward legal costs, according to its treasurer.

Mayor Tomas Verin defended the vote on local radio. The mayor said that the monitoring panel and automatic halt clause gave fishers "more protection than any port project in Kestrane's history."

A spokesperson for the harbour authority said it was confident the decision would withstand any challenge. Asked whether the authority would delay tendering until the case was heard, the spokesperson declined to comment.
""",
    arc="port", authors=["Mika Dorran"],
    quotes=[
        Q("The Merrow Fishers' Cooperative will ask the High Court to overturn the city council's approval of the Eastmole harbour expansion", "indirect", "its chair, Ottilie Brask", "Ottilie Brask", "person", "said", "inverted_apposition"),
        Q("the cooperative's lawyers believed the council had failed to consider the cooperative's own seabed survey, which found the mussel beds were more extensive than the authority's consultants had reported", "indirect", "Brask", "Ottilie Brask", "person", "said"),
        Q("They counted the beds from a boat. We counted them with our hands,", "direct", "Brask", "Ottilie Brask", "person", "said"),
        Q("We will lose in the courts or we will win in the courts. Either way, we will not have lost quietly.", "direct", None, "Ottilie Brask", "person", None, "floating"),
        Q("The cooperative has raised $46,000 toward legal costs", "indirect", "its treasurer", None, "anonymous", "according to", "according_to", "anonymous"),
        Q("the monitoring panel and automatic halt clause gave fishers \"more protection than any port project in Kestrane's history.\"", "indirect", "The mayor", "Tomas Verin", "person", "said", "description", "reported_that"),
        Q("more protection than any port project in Kestrane's history.", "partial", "The mayor", "Tomas Verin", "person", "said", "description"),
        Q("it was confident the decision would withstand any challenge", "indirect", "A spokesperson for the harbour authority", "Port Merrow Harbour Authority", "organisation", "said"),
    ],
    non_quotes=[NQ("the spokesperson declined to comment", "declined_to_comment", "Not a quote; the previous sentence by the same spokesperson is reported speech.")],
    times=[
        ("yesterday", "@d-1", "DATE"),
        ("three months ago", "@m-3", "DATE"),
    ],
    features=["floating_quotes", "declined_to_comment", "escaped_dollar"],
))

ARTICLES.append(A(
    54, "rationing-cut-to-one-day", "txt", "TVH", "By Elin Baske", "2031-06-16",
    "Valley Rationing Cut to One Day a Week as Lake Orme Recovers",
    """
The Tarrow Valley Water Board will cut water rationing to one day a week from tomorrow after ten days of heavy rain lifted the Lake Orme reservoir to 34 percent, its highest level since February.

Mains supplies will now be switched off only on Tuesdays. The board had said two weeks ago that rationing would stay in full force until the lake passed 40 percent, but chair Maren Solte said the forecast had changed the calculation.

"The Met Service is forecasting another week of rain, and the streams are still running hard," Solte said at the board's meeting this morning. "We would rather give people some relief now and tighten again if we have to."

The board voted six to one for the change. The only member against, Caddow councillor Ruth Annick, warned that the valley was "one dry July away from where we started."

The board said it would continue to review the order every two weeks and would lift rationing entirely once the lake reached 40 percent.

Piet Kallan said the valley's growers were "out of the emergency but not out of the woods." The drilling of emergency wells, begun last month, will continue.
""",
    arc="drought", authors=["Elin Baske"],
    quotes=[
        Q("rationing would stay in full force until the lake passed 40 percent", "indirect", "The board", "Tarrow Valley Water Board", "organisation", "had said"),
        Q("the forecast had changed the calculation", "indirect", "chair Maren Solte", "Maren Solte", "person", "said"),
        Q("The Met Service is forecasting another week of rain, and the streams are still running hard,", "direct", "Solte", "Maren Solte", "person", "said", "split"),
        Q("We would rather give people some relief now and tighten again if we have to.", "direct", "Solte", "Maren Solte", "person", "said", "split"),
        Q("one dry July away from where we started.", "partial", "Caddow councillor Ruth Annick", "Ruth Annick", "person", "warned"),
        Q("it would continue to review the order every two weeks and would lift rationing entirely once the lake reached 40 percent", "indirect", "The board", "Tarrow Valley Water Board", "organisation", "said"),
        Q("out of the emergency but not out of the woods.", "partial", "Piet Kallan", "Piet Kallan", "person", "said"),
    ],
    times=[
        ("one day a week", "P1W", "SET"),
        ("tomorrow", "@d+1", "DATE"),
        ("ten days", "P10D", "DURATION"),
        ("February", "2031-02", "DATE"),
        ("now", "PRESENT_REF", "DATE", 0),
        ("Tuesdays", "XXXX-WXX-2", "SET"),
        ("two weeks ago", "@w-2", "DATE"),
        ("another week", "P1W", "DURATION"),
        ("this morning", "@d|TMO", "TIME"),
        ("now", "PRESENT_REF", "DATE", 1),
        ("July", "2031-07", "DATE"),
        ("every two weeks", "P2W", "SET"),
        ("last month", "@m-1", "DATE"),
    ],
))

ARTICLES.append(A(
    55, "ardell-names-cabinet", "txt", "KC", "By Teodor Vask", "2031-06-18",
    "Ardell Names Cabinet, Hands New Water Ministry to Valley Engineer",
    """
President Senna Ardell named her first cabinet on Tuesday, appointing Maren Solte, who has chaired the Tarrow Valley Water Board through the drought, to lead a new Ministry of Water.

The eleven-member cabinet includes five women and, for the first time, ministers from four different islands. Nils Arvo, a Coastal Alliance deputy from Orlen Bay, becomes transport minister, replacing Olav Rensing.

Solte, an engineer who has worked for the water board for nineteen years, said she had accepted on one condition. "I told the president I would take the job if the northern pipeline was in the first budget," she said. "She said yes before I had finished the sentence."

In a surprise move, Ardell offered Abel Toshen a role as special envoy for the sea, with responsibility for fisheries and marine protection. Toshen said he would give his answer by the end of the week.

The National Unity bloc, now in opposition, called the cabinet "a reward list for the campaign." Its interim leader, Fenna Osk, said the party would scrutinise every appointment.

The cabinet will hold its first meeting on Friday — not in Port Merrow, but in Selvane, in keeping with Ardell's promise to hold one meeting every month on a different island.
""",
    arc="election", authors=["Teodor Vask"],
    quotes=[
        Q("she had accepted on one condition", "indirect", "Solte", "Maren Solte", "person", "said"),
        Q("I told the president I would take the job if the northern pipeline was in the first budget,", "direct", "she", "Maren Solte", "person", "said", "split", "pronoun"),
        Q("She said yes before I had finished the sentence.", "direct", "she", "Maren Solte", "person", "said", "split", "pronoun", "nested_speech"),
        Q("he would give his answer by the end of the week", "indirect", "Toshen", "Abel Toshen", "person", "said"),
        Q("a reward list for the campaign.", "partial", "The National Unity bloc", "National Unity bloc", "organisation", "called"),
        Q("the party would scrutinise every appointment", "indirect", "Its interim leader, Fenna Osk", "Fenna Osk", "person", "said"),
    ],
    times=[
        ("on Tuesday", "@last:TU", "DATE"),
        ("for nineteen years", "P19Y", "DURATION"),
        ("the end of the week", "@w", "DATE"),
        ("now", "PRESENT_REF", "DATE"),
        ("on Friday", "@next:FR", "DATE"),
        ("every month", "P1M", "SET"),
    ],
))

ARTICLES.append(A(
    56, "salt-winds-harbour-festival", "txt", "HG", "By Joss Merrin", "2031-06-20",
    "'Salt Winds' Returns to Port Merrow for Harbour Festival Screening",
    """
"Salt Winds," the island drama that opened the Selvane film festival in March, will be screened on a giant outdoor screen on the Eastmole quay tomorrow night as part of the Port Merrow Harbour Festival.

The screening, which organisers expect to draw 5,000 people, will be the first time the film has been shown in the capital. Director Inez Caldor said she had chosen the location deliberately.

"The quay is where half of the film's characters leave from and the other half wait," Caldor said. "After the spring this city has had, it felt like the right place."

The festival, held every June since 1987, was nearly cancelled in May because of the ferry strike. Its director, Anika Sorley, said ticket sales had "bounced back like a spring tide" once the ferries returned.

The weekend programme also includes a sea-shanty contest, a regatta and what organisers are billing as the "first and last" race of the old harbour tugs, two of which will be scrapped to make room for the new Eastmole berth.

Harbour authority chief Halla Dunmore, who will start the tug race, said the authority had donated $20,000 to the festival. Asked about the fishers' court challenge, she declined to comment.
""",
    arc="culture", authors=["Joss Merrin"],
    caption=(0, "Crowds on the Eastmole quay during the Harbour Festival.", "Photo: Harbour Gazette"),
    quotes=[
        Q("she had chosen the location deliberately", "indirect", "Director Inez Caldor", "Inez Caldor", "person", "said"),
        Q("The quay is where half of the film's characters leave from and the other half wait,", "direct", "Caldor", "Inez Caldor", "person", "said", "split"),
        Q("After the spring this city has had, it felt like the right place.", "direct", "Caldor", "Inez Caldor", "person", "said", "split"),
        Q("ticket sales had \"bounced back like a spring tide\" once the ferries returned", "indirect", "Its director, Anika Sorley", "Anika Sorley", "person", "said"),
        Q("bounced back like a spring tide", "partial", "Its director, Anika Sorley", "Anika Sorley", "person", "said"),
        Q("the authority had donated $20,000 to the festival", "indirect", "Harbour authority chief Halla Dunmore", "Halla Dunmore", "person", "said", "description"),
    ],
    non_quotes=[
        NQ("Salt Winds", "title", "Film title in quotation marks at the very start of the body, not speech."),
        NQ("first and last", "scare_quote", "Organisers' billing in quotation marks, not attributed speech."),
        NQ("she declined to comment", "declined_to_comment", "Not a quote."),
    ],
    times=[
        ("in March", "2031-03", "DATE"),
        ("tomorrow night", "@d+1|TNI", "TIME"),
        ("the spring", "2031-SP", "DATE", 0, "Not to be confused with 'spring tide' later in the article, which is not a temporal expression."),
        ("every June", "XXXX-06", "SET"),
        ("1987", "1987", "DATE"),
        ("in May", "2031-05", "DATE"),
        ("weekend", "2031-W25-WE", "DATE"),
    ],
    features=["title_in_quotes", "scare_quotes", "declined_to_comment", "photo_caption", "escaped_dollar"],
))
