"""Name material for gen_corpus.py: countries, cultures, given names and surname parts.

Everything here is hand-written for the generator. Given names are kept only when
src/lang/fr/given_names.txt also has them (gen_corpus.py filters them), so the extractor can
recognise every generated person by the given name, as it would a real one.
"""

# iso2, French article ("la", "le", "les", "l'" or "" for no article), French name,
# capital as French news writes it, culture of the people's names.
COUNTRIES = """
FR|la|France|Paris|fr
BE|la|Belgique|Bruxelles|fr
CH|la|Suisse|Berne|de
CA|le|Canada|Ottawa|en
US|les|États-Unis|Washington|en
GB|le|Royaume-Uni|Londres|en
IE|l'|Irlande|Dublin|en
AU|l'|Australie|Canberra|en
DE|l'|Allemagne|Berlin|de
AT|l'|Autriche|Vienne|de
NL|les|Pays-Bas|Amsterdam|nl
IT|l'|Italie|Rome|it
ES|l'|Espagne|Madrid|es
PT|le|Portugal|Lisbonne|pt
PL|la|Pologne|Varsovie|pl
SE|la|Suède|Stockholm|nord
NO|la|Norvège|Oslo|nord
FI|la|Finlande|Helsinki|nord
DK|le|Danemark|Copenhague|nord
GR|la|Grèce|Athènes|gr
HU|la|Hongrie|Budapest|hu
RO|la|Roumanie|Bucarest|ro
RS|la|Serbie|Belgrade|sr
RU|la|Russie|Moscou|ru
UA|l'|Ukraine|Kiev|ua
BY|la|Biélorussie|Minsk|ru
KZ|le|Kazakhstan|Astana|ru
AM|l'|Arménie|Erevan|am
TR|la|Turquie|Ankara|tr
AZ|l'|Azerbaïdjan|Bakou|tr
IR|l'|Iran|Téhéran|ir
IL||Israël|Jérusalem|il
MA|le|Maroc|Rabat|ar
DZ|l'|Algérie|Alger|ar
TN|la|Tunisie|Tunis|ar
EG|l'|Égypte|Le Caire|ar
SA|l'|Arabie saoudite|Riyad|ar
QA|le|Qatar|Doha|ar
AE|les|Émirats arabes unis|Abou Dhabi|ar
JO|la|Jordanie|Amman|ar
LB|le|Liban|Beyrouth|ar
IQ|l'|Irak|Bagdad|ar
PK|le|Pakistan|Islamabad|ar
CN|la|Chine|Pékin|cn
JP|le|Japon|Tokyo|jp
KR|la|Corée du Sud|Séoul|kr
IN|l'|Inde|New Delhi|in
ID|l'|Indonésie|Jakarta|id
BR|le|Brésil|Brasilia|pt
MX|le|Mexique|Mexico|es
AR|l'|Argentine|Buenos Aires|es
CO|la|Colombie|Bogota|es
CL|le|Chili|Santiago|es
NG|le|Nigeria|Abuja|af
KE|le|Kenya|Nairobi|af
ET|l'|Éthiopie|Addis-Abeba|af
SN|le|Sénégal|Dakar|af
ML|le|Mali|Bamako|af
TD|le|Tchad|N'Djamena|af
ZA|l'|Afrique du Sud|Pretoria|af
CM|le|Cameroun|Yaoundé|af
"""

# Cities where talks are often held besides the capitals (French name, country).
VENUES = """
Genève|CH
Istanbul|TR
Doha|QA
Vienne|AT
Oslo|NO
Helsinki|FI
Riyad|SA
Djeddah|SA
Abou Dhabi|AE
Dubaï|AE
New York|US
Bruxelles|BE
Strasbourg|FR
Astana|KZ
Le Caire|EG
Addis-Abeba|ET
Nairobi|KE
Bakou|AZ
Mascate|OM
Lausanne|CH
Munich|DE
Rome|IT
Madrid|ES
Lisbonne|PT
Varsovie|PL
Stockholm|SE
Amman|JO
Alger|DZ
Dakar|SN
Marrakech|MA
Antalya|TR
Sotchi|RU
Saint-Pétersbourg|RU
Shanghai|CN
Osaka|JP
New Delhi|IN
Brasilia|BR
Buenos Aires|AR
Johannesburg|ZA
Montréal|CA
Londres|GB
Berlin|DE
Paris|FR
Washington|US
"""

# culture: (male given names, female given names)
GIVEN = {
    "fr": ("Jean Pierre Michel Philippe Nicolas François Laurent Olivier Christophe Stéphane "
           "Julien Thomas Antoine Mathieu Sébastien Vincent Benoît Guillaume Arnaud Didier Éric "
           "Alain Bernard Patrick Thierry Hervé Gilles Yves Xavier Rémi Damien Fabrice Jérôme "
           "Lionel Cédric Bruno Denis Emmanuel Frédéric Pascal Jean-Marc Jean-Yves Jean-Louis",
           "Marie Sophie Isabelle Nathalie Catherine Claire Anne Hélène Élisabeth Valérie "
           "Sandrine Céline Christine Florence Camille Juliette Agnès Brigitte Delphine Émilie "
           "Laurence Martine Sylvie Véronique Aurélie Mathilde Pauline Cécile Virginie Marion "
           "Anne-Claire Marie-Hélène"),
    "en": ("John James Michael David Robert William Richard Thomas Mark Paul Andrew Steven "
           "Kevin Brian Daniel Matthew Christopher Timothy Jonathan Gregory Patrick Edward "
           "Peter Charles Scott Ryan Jeffrey Douglas Kenneth Ronald Anthony Benjamin",
           "Mary Jennifer Elizabeth Susan Sarah Karen Nancy Lisa Margaret Emily Rebecca Laura "
           "Rachel Amanda Melissa Katherine Heather Victoria Megan Hannah Abigail Olivia "
           "Jessica Samantha Kimberly Deborah"),
    "de": ("Hans Klaus Jürgen Stefan Wolfgang Andreas Thomas Markus Matthias Christian Frank "
           "Uwe Dieter Jörg Tobias Florian Johannes Sebastian Lukas Heiko Rainer Ulrich Bernd "
           "Karl Friedrich Günter",
           "Anna Katrin Sabine Petra Ursula Monika Birgit Claudia Andrea Susanne Heike "
           "Annalena Julia Franziska Johanna Stefanie Ingrid Renate Gisela Anke"),
    "nl": ("Jan Pieter Willem Hendrik Mark Wopke Bart Ruud Sander Joost Maarten Bas Dirk Geert "
           "Koen Jeroen",
           "Sanne Femke Lotte Anouk Sigrid Marieke Ingrid Annemieke Esther Mirjam Karin Fleur"),
    "it": ("Giuseppe Giovanni Marco Luca Matteo Alessandro Francesco Paolo Stefano Roberto "
           "Massimo Giorgio Lorenzo Riccardo Fabio Davide Antonio Salvatore Vincenzo Enrico",
           "Giulia Francesca Chiara Federica Elena Silvia Valentina Alessandra Laura Paola "
           "Simona Giorgia Roberta Daniela Lucia Marta"),
    "es": ("José Carlos Javier Miguel Antonio Manuel Alejandro Pablo Fernando Sergio Jorge "
           "Alberto Diego Rafael Andrés Ricardo Gustavo Eduardo Raúl Gonzalo Luis Enrique",
           "María Carmen Lucía Isabel Marta Elena Pilar Rosa Teresa Ana Beatriz Gabriela "
           "Valeria Daniela Verónica Claudia Paula Adriana Mercedes Inés"),
    "pt": ("João Pedro Paulo Rui Tiago Nuno Luís Ricardo Bruno Rodrigo Gustavo Marcelo "
           "Fernando Henrique Márcio Sérgio Vítor Rafael Thiago Caio",
           "Ana Mariana Beatriz Fernanda Juliana Camila Patrícia Gabriela Luísa Inês Raquel "
           "Sofia Carla Renata Tatiana"),
    "pl": ("Piotr Krzysztof Tomasz Paweł Marcin Michał Andrzej Jan Łukasz Grzegorz Jakub "
           "Radosław Wojciech Mateusz Bartosz Rafał",
           "Anna Katarzyna Małgorzata Agnieszka Barbara Ewa Joanna Magdalena Monika Dorota "
           "Beata Justyna Aleksandra Zofia"),
    "nord": ("Erik Lars Anders Johan Mikael Henrik Nils Magnus Olof Jonas Björn Mats Fredrik "
             "Kristian Jens Sven Jukka Mikko Pekka Espen",
             "Karin Ingrid Sofia Maria Emma Elin Linnea Astrid Sanna Mette Kirsten Helena "
             "Liisa Hanna Sara"),
    "gr": ("Georgios Konstantinos Dimitris Nikos Giannis Kostas Christos Panagiotis Vasilis "
           "Stavros Alexis Theodoros Andreas Spyros Kyriakos",
           "Maria Eleni Katerina Dimitra Sofia Georgia Ioanna Despina Vasiliki Anastasia "
           "Eirini Christina"),
    "hu": ("László István Zoltán Gábor Péter Attila Tamás Sándor Ferenc János Balázs Csaba "
           "Tibor Gergely Viktor",
           "Katalin Judit Erzsébet Zsuzsanna Ildikó Eszter Krisztina Andrea Anikó Orsolya "
           "Réka Noémi"),
    "ro": ("Ion Andrei Mihai Alexandru Gheorghe Bogdan Florin Cristian Adrian Radu Dan Sorin "
           "Cătălin Marius Ovidiu Victor",
           "Elena Ioana Andreea Mihaela Ana Alina Cristina Gabriela Raluca Oana Irina Roxana"),
    "sr": ("Aleksandar Nikola Marko Stefan Miloš Dragan Zoran Nenad Goran Vladimir Dušan "
           "Ivica Milan Vuk Bojan",
           "Ana Jelena Milica Marija Ivana Dragana Snežana Jovana Tijana Branka"),
    "ru": ("Sergueï Dmitri Alexeï Andreï Nikolaï Vladimir Mikhaïl Ivan Pavel Oleg Igor Iouri "
           "Viktor Boris Evgueni Konstantin Maxime Roman Artem Anatoli Guennadi Vassili "
           "Grigori Fiodor Denis Kirill Stanislav Vadim",
           "Maria Elena Olga Natalia Tatiana Irina Svetlana Anna Ekaterina Ioulia Marina "
           "Daria Anastasia Valentina Lioudmila Galina Vera Ksenia Polina Alla"),
    "ua": ("Oleksandr Andriy Mykola Volodymyr Dmytro Serhiy Oleksiy Mykhaïlo Vitali Bohdan "
           "Taras Yaroslav Petro Vasyl Ihor Yuriy Roman Denys Rostyslav Pavlo",
           "Olena Oksana Iryna Yulia Natalia Kateryna Halyna Svitlana Tetiana Liudmyla Olha "
           "Viktoria Khrystyna Solomiya"),
    "am": ("Armen Aram Ararat Hovhannes Tigran Vahe Samvel Levon Gevorg Ruben Artur Davit "
           "Sarkis Nikol",
           "Anahit Lilit Ani Mariam Narine Gayane Hasmik Siranush Armine Tatev"),
    "tr": ("Mehmet Mustafa Ahmet Hüseyin Hasan Murat Emre Burak Kemal Ömer Yusuf Cem Selim "
           "Volkan Serkan Onur Levent Hakan Tolga Kaan Ercan",
           "Ayşe Fatma Zeynep Elif Emine Merve Esra Derya Selin Aylin Özlem Ebru Ceren "
           "Nilüfer"),
    "ir": ("Reza Hossein Mohammad Mehdi Hamid Saeed Abbas Majid Javad Morteza Masoud Behrouz "
           "Kamran Davoud Farhad Kaveh Dariush Amir",
           "Maryam Zahra Fatemeh Shirin Nasrin Azadeh Parisa Narges Mahsa Shadi Roya"),
    "il": ("David Yossi Moshe Avi Eli Yaakov Itzhak Ehud Gideon Uri Noam Ariel Ron Yair "
           "Benny Gilad Eitan Oren",
           "Tamar Noa Michal Yael Shira Orly Ayelet Miri Dana Hila Rivka Ronit Sarit Limor"),
    "ar": ("Mohammed Ahmed Ali Omar Youssef Karim Hassan Khaled Mustapha Abdelaziz Samir "
           "Tarek Nabil Rachid Hicham Walid Fouad Faisal Nasser Ibrahim Mahmoud Salim Adel "
           "Bilal Jamal Mourad Sami Hamza Ayman Ziad Majid Anouar Kamal Driss Saïd",
           "Fatima Leila Amina Nadia Salma Samira Yasmine Rania Houda Zineb Mariam Nour "
           "Khadija Dalia Hanane Souad Lamia Ghada"),
    "cn": ("Wei Jian Ming Lei Qiang Jun Yong Tao Hao Chao Gang Peng Bin Hui Feng Xin Liang "
           "Jie Zhiqiang Jianguo Xiaoming Wenjun Guowei",
           "Fang Yan Jing Ying Hong Xia Mei Lan Juan Ling Xiaoyan Lili Yuan Hua"),
    "jp": ("Hiroshi Takeshi Kenji Akira Satoshi Kazuo Yoshihiko Taro Ichiro Shinji Masato "
           "Koji Makoto Daisuke Haruki Yuto Kenta Shigeru Toshio Hideo",
           "Yoko Keiko Naoko Emi Yumi Aiko Hiroko Sakura Yuko Mayumi Akiko Haruka Kaori "
           "Tomoko Megumi"),
    "kr": ("Min-jun Ji-hoon Sung-min Dong-hyun Jae-won Hyun-woo Seung-ho Young-soo Jung-ho "
           "Sang-woo Kyung-soo Jin-ho Chul-soo Byung-hoon",
           "Ji-young Min-ji Hye-jin Soo-jin Eun-ji Yoon-hee Ha-eun Mi-kyung Jung-eun"),
    "in": ("Rajesh Amit Sunil Vikram Rahul Anil Sanjay Arjun Ravi Suresh Manoj Ashok Vijay "
           "Rakesh Nitin Deepak Pradeep Krishna Rohit Piyush",
           "Priya Anjali Sunita Kavita Pooja Neha Deepika Lakshmi Meera Nirmala Smriti Shreya "
           "Radhika Divya Aparna"),
    "id": ("Budi Agus Joko Bambang Hadi Rizal Dedi Eko Arief Teguh Wahyu Dimas Fajar Andi",
           "Sri Dewi Retno Siti Ratna Wulan Indah Rina Yuliana Fitri Ayu Putri"),
    "af": ("Amadou Moussa Ousmane Mamadou Ibrahima Abdoulaye Cheikh Babacar Seydou Boubacar "
           "Kwame Kofi Emeka Tunde Femi Babatunde Samuel Joseph Tendai Thabo Sipho Abiy "
           "Tesfaye Patrice Félix Alassane Mahamat Idriss Yaw Kwesi",
           "Aminata Fatou Mariama Awa Aïssatou Ngozi Chiamaka Adaeze Funmilayo Wanjiru "
           "Akosua Abena Nomvula Thandiwe Grace Esther Mercy Joyce Béatrice"),
}

# culture: (real surnames, composition roots, composition endings). A surname is either a real
# one or a root followed by an ending; gen_corpus.py drops those that are common French words,
# given names or place names.
SURNAMES = {
    "fr": ("Dubois Lefèvre Moreau Girard Fontaine Chevalier Rousseau Mercier Blanchard "
           "Gauthier Perrin Morel Faure Garnier Lemaire Bonnet Dumont Lacroix Marchand Renard "
           "Brunet Barbier Leroux Vidal Caron Picard Masson Leclerc Bertin Delorme Besson "
           "Carpentier Joubert Lemoine Aubert Prévost Deschamps Chauvet Hamelin Vasseur",
           "Bel Bour Chab Chev Dum Duv Fav Fourn Gal Garn Gir Guill Lab Lach Lam Lec Lef Leg "
           "Mich Mor Pich Roub Sauv Tess Thib Vall Vern Boiss Court Coud Brun Blanch Charp "
           "Dell Ferr Fleur Gauth Jacqu Meun Poir Rouss Sarr Toul Ray Bes Chaum Desp Marq",
           "ard ier eau elet et in on ot and aud ais ère ière ault elle eux ois ac at enne "
           "ille ouin"),
    "en": ("Whitaker Ashford Blackwell Bradley Crawford Ellison Fairbanks Goldberg Holloway "
           "Kensington Mercer Pemberton Radcliffe Sheffield Thornton Underwood Waverly "
           "Barrington Caldwell Donovan Fitzgerald Gallagher Harrington Langley Montgomery "
           "Prescott Sinclair Townsend Wakefield",
           "Ash Black Brad Brook Car Craw Dal Ell Fair Gold Hart Hol Kings Lang Mer Pem Rad "
           "Shef Thorn Under Wake Whit Ald Bent Cole Dun Ever Glen Hamp Lock Marsh Nor Stan",
           "ford ley ton wood field well by ridge worth bury more wick shaw land ham"),
    "de": ("Hoffmann Kessler Lange Brandt Steinmeier Waldner Hartmann Bergmann Keller Roth "
           "Schwarz Weiss Sommer Winter Adler Vogel Baumann Krause Lindner Möller Reinhardt "
           "Schulze Stark Wolff Zimmermann Eichler Friedrich Grünewald Hellwig",
           "Hof Kessel Lang Brand Stein Wald Hart Berg Kell Roth Schwarz Weiss Somm Adl Vog "
           "Baum Kraus Lind Mohr Rein Schul Stark Zimm Eich Fried Grün Hell Rosen Ehr Falk",
           "mann er berg feld hof bach stein rich ner hardt ke inger"),
    "nl": ("Visser Bakker Jansen Vermeulen Dekker Brouwer Mulder Hendriks Kuipers Verhoeven",
           "Bak Brou Dek Hend Kuip Mul Ver Vos Wil Zand Boer Groot Haan Smit Meer",
           "ker sen hoeven stra ink ma mans dijk veld"),
    "it": ("Rossi Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti Mancini "
           "Lombardi Moretti Barbieri Fontana Santoro Rinaldi Caruso Ferrara Galli",
           "Ross Bianc Rom Colomb Ricc Mar Grec Gall Cont Manc Lomb Morett Barb Font Sant "
           "Rinald Carus Ferr Vitt Tamb Pell Cerv Spad",
           "ini etti elli one ucci aro ese ardi ino otti acci ani"),
    "es": ("Herrera Navarro Castillo Morales Ortega Delgado Vargas Rojas Medina Aguilar "
           "Guerrero Mendoza Cabrera Salazar Ibarra Quintero Villalobos Zamora",
           "Alv Ben Cas Dom Est Gal Her Ib Jim Lor Mend Nav Ort Pad Quint Ram Sal Tor Vald "
           "Vill Zam Carr Med Mor Rub Sant Serr Beg",
           "ez ero ado ano illo ón era uela ales ino"),
    "pt": ("Almeida Barbosa Cardoso Costa Fonseca Lima Macedo Moura Nogueira Pereira Ribeiro "
           "Teixeira Vasconcelos Carvalho Azevedo Pinheiro Tavares",
           "Alm Barb Card Cost Fons Lim Mac Mour Nogu Per Rib Teix Vasc Carv Azev Pinh Tav",
           "eira eiro oso ão ades inho ares ida ante"),
    "pl": ("Nowak Kowalczyk Wiśniewski Wójcik Kamiński Lewandowski Zieliński Szymański "
           "Woźniak Dąbrowski Kozłowski Jankowski Mazur Krawczyk",
           "Nowak Kowal Wiśniew Wójc Kamień Lewand Zielin Szyman Dąbrow Kozł Jank Maz Kraw "
           "Sobol Pawl Grab Czarn",
           "ski czyk ak ewicz owski iak"),
    "nord": ("Andersen Johansson Lindqvist Nyberg Halvorsen Virtanen Korhonen Mäkinen "
             "Lindström Sandberg Holmberg Dahlgren Solberg Bergström",
             "Ander Johan Lind Ny Halvor Holm Dahl Sol Berg Sand Sjö Ek Nord Vik Lund Strand",
             "sen son berg lund ström dahl holm qvist gren vik"),
    "gr": ("Papadopoulos Georgiou Konstantinidis Dimitriou Nikolaidis Andreou Vasileiou "
           "Christodoulou Papandreou Karamanlis Stavridis Theodorakis",
           "Papad Georgi Konstant Dimitr Nikol Andr Vasil Christ Pap Karam Stavr Theodor "
           "Mitsot Kyriak Pavl",
           "opoulos ou akis idis atos iadis"),
    "hu": ("Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp "
           "Takács Juhász Lakatos Mészáros Oláh Simon Rácz Fekete",
           "Szil Horv Mol Fark Bal Tak Juh Lak Mész Fek Kert Bir Vár Hegy",
           "ágyi ási ási vári ényi ai os ás"),
    "ro": ("Popescu Ionescu Dumitrescu Stanescu Georgescu Constantinescu Marinescu "
           "Munteanu Ciobanu Dobre Lazăr Stoica",
           "Pop Ion Dumitr Stan Georg Constantin Marin Munt Ciob Vlad Nistor Radul Tudor Barb",
           "escu eanu ache"),
    "sr": ("Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Stanković Pavlović "
           "Milošević Popović Živković",
           "Jovan Petr Nikol Mark Stojan Stank Pavl Milos Pop Živk Radov Simon Vukov Lazar",
           "ović ević ić"),
    "ru": ("Volkov Sokolov Morozov Lebedev Kozlov Novikov Orlov Pavlov Tikhonov Karpov "
           "Belov Kouznetsov Smirnov Vinogradov Zaitsev Golovine Soloviev Vassiliev",
           "Vorob Sokol Moroz Lebed Kozl Nov Orl Pavl Tikhon Karp Bel Kouzn Smirn Vinograd "
           "Zaits Golov Solov Gromyk Dub Ryab Sed Kolesn Lap Petr Kisel Makar Tarass Zinov "
           "Yerm Savel Kiril Gouss Tchern Lyssen Borod Gorb Zhuk Kalin Lavr",
           "ov ev ine ski ikov ianov atov"),
    "ua": ("Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Melnyk Boyko Kovaltchouk "
           "Lysenko Marchenko Savchuk Rudenko Moroz Polishchuk Tymoshenko",
           "Shevch Koval Bondar Tkach Kravch Mel Boyk Lys March Sav Rud Polish Tymosh Hrytsen "
           "Dovzh Honchar Kushn Ostap Pryt Semen Yatsen",
           "enko ouk tchouk iuk ytch"),
    "am": ("Petrossian Grigorian Sargsian Hakobian Vardanian Mikoyan Arshakian Karapetian "
           "Gasparian Avetisian",
           "Petros Grigor Sarg Hakob Vardan Arshak Karapet Gaspar Avetis Mkrt Hovsep Ghazar "
           "Ohan Simon Tadev",
           "ian yan"),
    "tr": ("Kaya Demir Çelik Şahin Yıldız Aydın Öztürk Arslan Doğan Kılıç Çetin Koç Kurt "
           "Özdemir Polat Erdem Akın Güneş Bulut Tekin Korkmaz Aktaş Ateş Bozkurt Keskin "
           "Yavuz Coşkun Duman Ekinci Kalkan Sezer Uysal",
           "Kara Demir Ak Öz Er Gök Tun Bal Ay Gül Yıl Sar Kay Tok Uz Boz",
           "oğlu soy kaya türk demir han can taş"),
    "ir": ("Ahmadi Hosseini Rezaei Mousavi Karimi Jafari Rahimi Sadeghi Tehrani Ghasemi "
           "Mohammadi Najafi Zarif Araghchi Larijani Velayati",
           "Ahmad Hossein Reza Mousav Karim Jafar Rahim Sadegh Ghasem Najaf Zar Ardak "
           "Shams Golest Bahr Farah Khosrav",
           "i ian zadeh pour nejad far"),
    "il": ("Cohen Mizrahi Peretz Biton Dahan Friedman Azoulay Malka Shapira Katz Ashkenazi "
           "Segal Rosen Amar Barak Horowitz Weinberg Goldstein",
           "Fried Gold Rosen Wein Blum Stern Horow Eisen Green Lieber Kessel",
           "man berg stein baum feld thal"),
    "ar": ("Benali Bennani Alaoui Tazi Amrani Idrissi Cherkaoui Bouzid Belkacem Haddad "
           "Khoury Mansouri Azizi Saleh Hamdi Zaki Jaber Sabri Ghanem Qassem Najjar Obeid "
           "Fakhry Harb Madani Nouri Rifai Sharif Benjelloun Zerhouni Lamrani Ouazzani "
           "Chaoui Mekki Tlemçani",
           "Ben Bou El_ Al- Abdel Ould_",
           "salem zid kacem amar jelloun aziz hamid nasri khalil mansour medi rahmane "
           "taleb youssef fares hachem kader slimane"),
    "cn": ("Wang Zhang Liu Chen Yang Huang Zhao Zhou Xu Sun Zhu Guo Lin Gao Luo Zheng Liang "
           "Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Du "
           "Cheng Su Ding Ren Shen Yao Jin Qin Lu Fu Qian Wen Kong Bai Cui",
           "", ""),
    "jp": ("Tanaka Suzuki Takahashi Watanabe Yamamoto Nakamura Kobayashi Kato Yoshida "
           "Yamada Sasaki Matsumoto Inoue Kimura Hayashi Shimizu Yamazaki Ikeda Hashimoto "
           "Ishikawa Ogawa Okada Hasegawa Fujita Goto Kondo Murakami Endo Aoki Sakamoto "
           "Fujii Nishimura Fukuda Miura Takeda Okamoto Matsuda Nakano Harada Tamura "
           "Takeuchi Kaneko Wada Nakayama Ishii Motegi Hayashida Kishida",
           "", ""),
    "kr": ("Kim Park Choi Jung Kang Cho Yoon Jang Lim Shin Kwon Hwang Ahn Yoo Hong Chung "
           "Baek Moon Nam Bae",
           "", ""),
    "in": ("Sharma Verma Gupta Patel Reddy Nair Iyer Menon Rao Kumar Chopra Malhotra Kapoor "
           "Mehta Joshi Desai Bhatt Pillai Bose Chatterjee Mukherjee Banerjee Sinha Mishra "
           "Pandey Tiwari Saxena Agarwal Srivastava Chaturvedi",
           "Chand Kris Raj Subra Venk Ragh Gop Sri Bal Mur Nara Siva Vard",
           "ani athi aran endra ayya esh wal kar ayan"),
    "id": ("Sutanto Wijaya Santoso Kusuma Hidayat Pratama Nugroho Saputra Setiawan Gunawan "
           "Marsudi Hartono",
           "Sut Wij Kus Hid Prat Nug Set Gun Har Sur Bud Wid Mars Sant",
           "anto aya uma ayat ama roho iawan awan yono ono adi"),
    "af": ("Diop Ndiaye Traoré Coulibaly Diallo Keïta Okafor Adeyemi Mensah Kamau Otieno "
           "Mutua Tesfaye Bekele Nkosi Dlamini Ouédraogo Sawadogo Kaboré Touré Sissoko "
           "Okonkwo Adebayo Oyelaran Asante Boateng Owusu Nyong Mbeki Kagame Mahamat Deby",
           "Ad Ok Ou Diall Tra Kon Mba Nd Kam Ogun Obi Mut Wanj Kip Hail Tes Mens Asa Bok "
           "Nkom Sang Chik Dem Lum Maf",
           "o ou ara ye ba de ah anga iku oro emi ola uru iru ane ongo"),
}

ORGS = [
    # (name as first written, short form or "" , gender article form)
    ("l'Organisation des Nations unies", "l'ONU"),
    ("l'Organisation du traité de l'Atlantique nord", "l'OTAN"),
    ("l'Union européenne", "l'UE"),
    ("l'Agence internationale de l'énergie atomique", "l'AIEA"),
    ("l'Organisation pour la sécurité et la coopération en Europe", "l'OSCE"),
    ("la Ligue arabe", "la Ligue arabe"),
    ("l'Union africaine", "l'UA"),
    ("le Fonds monétaire international", "le FMI"),
    ("la Banque mondiale", "la Banque mondiale"),
    ("l'Organisation mondiale de la santé", "l'OMS"),
    ("l'Association des nations de l'Asie du Sud-Est", "l'ASEAN"),
    ("le Conseil de sécurité de l'ONU", "le Conseil de sécurité"),
    ("la Commission européenne", "la Commission européenne"),
    ("le Comité international de la Croix-Rouge", "le CICR"),
    ("l'Organisation mondiale du commerce", "l'OMC"),
]

TOPICS = [
    "le programme nucléaire iranien", "la sécurité en mer Rouge", "la coopération énergétique",
    "le commerce bilatéral", "la crise au Sahel", "les exportations de céréales",
    "la transition climatique", "la reconstruction de l'Ukraine", "les droits de douane",
    "la question migratoire", "la sécurité alimentaire", "le conflit au Soudan",
    "la situation à Gaza", "la lutte contre le terrorisme", "la dette des pays pauvres",
    "le contrôle des armements", "la cybersécurité", "les minerais stratégiques",
    "la sécurité maritime", "la libération des otages", "l'aide humanitaire",
    "les sanctions économiques", "la réforme du Conseil de sécurité", "la transition énergétique",
    "les investissements dans les infrastructures", "la gestion de l'eau",
    "la stabilité dans les Balkans", "la coopération universitaire", "les visas étudiants",
    "la pêche en Méditerranée", "les corridors de transport", "la sécurité nucléaire",
]

# Region or file an envoy is in charge of ("envoyé spécial ... pour le Sahel").
ENVOY_FILES = [
    "le Sahel", "la Corne de l'Afrique", "le Proche-Orient", "les Grands Lacs",
    "le climat", "la Syrie", "la Libye", "le Yémen", "l'Afghanistan", "les Balkans occidentaux",
    "l'Asie centrale", "le Caucase", "la mer Rouge", "les questions humanitaires",
]

OUTLETS = [
    "Agence Transatlantique", "Le Courrier diplomatique", "FlashInfo Monde",
    "La Dépêche internationale", "L'Écho des capitales", "Le Journal des Nations",
    "Radio Horizon", "Nouvelles d'Europe", "L'Observateur méditerranéen", "Info Sahel",
    "Le Quotidien de l'Est", "Monde en bref", "La Lettre des chancelleries", "Agence Continentale",
    "Le Veilleur", "Actualités du Sud", "La Gazette atlantique", "Le Fil diplomatique",
]

PHOTO_AGENCIES = ["AFP", "Reuters", "AP", "EPA", "Anadolu", "Xinhua", "Sputnik", "Getty Images"]
