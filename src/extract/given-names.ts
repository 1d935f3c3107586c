// Curated given names by the gender their bearers are given, for names.ts: short lists that
// win over the long generated ones of gazetteer.ts. General naming practice, no public figures.

/**
 * Common English given names of women and of men (the most frequent in English-speaking
 * countries), then short forms and names the generated lists give both sexes though English usage
 * gives nearly all their bearers one (`Tim`, `Bernie`, `Holly`, `Hillary`): left unknown, `she`
 * went to a Tim named last. Names borne widely by both, or by men well known in the news
 * (`Lindsey`, `Jamie`, `Dale`, `Kelsey`, `Lynn`, `Courtney`, `Leigh`), stay unknown.
 */
export const FEMALE = `mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret
sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca
sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha
katherine christine debra rachel catherine carolyn janet ruth maria heather diane virginia julie
joyce victoria olivia christina lauren joan evelyn judith megan cheryl andrea hannah martha
jacqueline frances gloria ann teresa kathryn sara janice jean alice madison doris abigail julia judy
grace denise amber marilyn beverly danielle theresa sophia marie diana brittany natalie isabella
charlotte rose alexis kayla nancy angela theresa christine janet sarah donna debbie elizabeth susan
taylor valerie samantha monica ruth amy claire kate anne jane margaret maria
holly hazel ruby penny brooke bev kylie nikki whitney ginger hillary nichole paige gail gayle patsy
tammy tracey shelley connie carly cassie christie abby abbey allie angie jodi jodie mallory patty terri
winnie`;
export const MALE = `james robert john michael william david richard joseph thomas charles christopher daniel matthew
anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason
jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel
gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas
zachary peter kyle walter ethan jeremy harold keith christian roger noah gerald carl terry sean
austin arthur lawrence jesse dylan bryan joe jordan billy bruce albert willie gabriel logan alan
juan wayne roy ralph randy eugene vincent russell elijah louis bobby philip johnny bill mike ted
chris sean kevin tom dick harry al gerald jimmy ronald martin jesse gord
tim tony barry fred phil danny eddie freddie freddy glen glenn gus max perry ray ricky shane shawn shaun
sonny teddy tommy darryl daryl elliot elliott jermaine dion bert bernie cecil cody corey cory quentin
quincy reggie ronnie lonnie benny jimmie johnnie mickey marty andy adrian brett cam cal lou lorne noel
rory theo toby gerry denny donny donnie`;

/**
 * Names that French, and so Canadian, usage gives men as often as women (`Jean Charest`, `Claude
 * Ryan`, `Dominique Anglade`): English lists call them women's, so no pronoun may be ruled out by them.
 * So too names French gives one gender and English or Italian the other: Alexis, Jocelyn and Sacha
 * are French men's names, Laurence a Quebec woman's, Daniele (Danièle) both. Kelly, on English
 * lists a woman's name, is given to men too in Canada and Ireland. Toni, on English lists a
 * woman's, is the Portuguese, Spanish, Italian and Finnish short form of Antonio and Anton.
 */
export const EITHER = `jean claude dominique camille alexis laurence jocelyn sacha aime daniele kelly toni`;

/**
 * Quebec and Acadian given names, which the English lists miss or misgender (`Philippe
 * Couillard` is no woman, `Stéphane Dion` no stranger): common names of French Canada, by the
 * gender French gives them. Spelt without accents, as looked up.
 */
export const FRENCH_MALE = `philippe roch stephane luc mathieu julien maxime rejean gaetan sylvain regis remi thierry
yannick ghislain yvan yvon benoit etienne frederic gilles jacques francois andre sebastien pierre marc
yves denis alexandre normand serge pascal hugues olivier nicolas emile felix jerome lucien gaston
maurice marcel laurent gilbert xavier mario guy real rheal gervais germain michel rene patrice dany steeve ghyslain`;
export const FRENCH_FEMALE = `sylvie johanne ginette josee chantal nathalie genevieve melanie manon lise francine helene
monique veronique karine annick martine suzanne huguette lucie solange jocelyne micheline christiane
ghislaine francoise mireille brigitte josiane maryse isabelle valerie stephanie emilie pascale guylaine
lyne ariane gaetane mylene marjolaine raymonde`;

/**
 * Given names common in Canada's other communities, which the English lists miss or misgender
 * (`Ajay` is no woman, `Min` no more a woman's than a man's): drawn from the naming practice of
 * each community, not from anyone's name, and spelt as English-language sources print them.
 * A gender only where the community gives the name to one; `either` names are known (a capitalised
 * name they open is a person) but rule out no pronoun. Names that are also English words, places
 * or common surnames placed first (`Li Qiang`, `Long`, `Nam`, `Said`) are left out.
 */
export const COMMUNITY_NAMES: { origin: string; m?: string; f?: string; either?: string }[] = [
  {
    // Punjabi Sikh names are given to girls and boys alike: Singh or Kaur, not the name, tells which.
    origin: "Punjabi Sikh",
    either: `harjit harjeet navdeep amarjeet amarjit harinder gurpreet manpreet jaspreet harpreet kulwinder
      sukhwinder parminder rajinder jasbir balwinder gurjit paramjit ravinder jaswinder jatinder kamaljit
      inderjit simranjit simran mandeep baljit gurinder rupinder jagdeep amandeep ramandeep jasmeet gurmeet
      harmeet navjot jagjit tejinder daljit sukhdeep hardeep navneet gagandeep manjit satinder sarbjit
      kuljit amrit kamal kiran balbir darshan gurdeep jagmeet jaspal kuldeep sandeep ranjit surinder`,
  },
  {
    origin: "Hindu and other South Asian",
    m: `sanjay rajesh ramesh suresh anil sunil vijay ajay rahul amit arun ashok deepak rakesh vikram vivek
      nitin sachin rohit mukesh manoj pradeep prakash raj gopal hari mohan naveen nikhil pankaj prem
      sanjeev satish shankar shyam sudhir tarun uday varun vinod vishal yogesh arjun aditya akshay anand
      anurag arvind ashish dinesh ganesh girish harish hemant jayant lalit mahesh naresh neeraj pawan
      piyush rajiv shailesh siddharth subhash sumit umesh vinay hitesh kapil kunal manish mahendra rajendra akhil manohar`,
    f: `deepa priya sunita kavita neha pooja puja anjali asha geeta gita lata meena nisha rekha seema shilpa
      usha radha lakshmi padma shanti sangeeta savita shobha sushma vandana divya shreya aarti aruna kamala
      kavya manisha meera nandini nirmala preeti rupa sapna shalini shweta sita smita sneha sudha sujata
      tanvi uma vidya ritu renu anu archana bhavna chitra jaya pallavi poonam rashmi ruchi sonali swati aparna meenakshi
      menaka neera`,
    // Nikita: a woman's name in India, a man's in Russia.
    either: "nikita",
  },
  {
    origin: "Arab, Persian, Somali and South Asian Muslim",
    m: `mohamed mohammad umar hassan hussain khalid khaled mustafa mostafa moustafa youssef yousef yusuf
      abdullah abdallah tariq tarek hamza bilal faisal imran salman rashid samir sameer walid waleed nabil
      amir fadi rami sami ziad majid osama adnan anwar faris hadi hani nasser nader yasser yasin yassin
      zaid zakaria haroon harun idris ismail marwan mazen naveed nadeem rizwan saad shahid asif arif aziz
      farid farhan jawad kamran mehdi murad naeem omid reza saeed sajjad shahzad tahir wael yahya zain
      zubair hossein arash babak behnam dariush farhad kaveh payam ramin abdi abdirahman abdullahi mohamud
      iqbal javed junaid irfan adil nidal nihad mujtaba siamak humayun khizr`,
    f: `fatima fatma aisha ayesha khadija maryam zainab zeinab amira amina aminah samira yasmine laila hala
      huda hoda reem rima salma sana ghada heba hiba houda lamia lubna manal najwa nisreen nesrine rasha
      rawan sahar sawsan suha wafa yara zahra farzana nazia nasreen nasrin shabnam shazia sadia saima uzma
      rabia samina tahira farida shirin parisa roya nazanin azadeh mahsa elham golnaz mitra hodan hawa
      fadumo sahra ghazala nargis naureen faiza farhana tashfeen`,
    // Noor and Nour are given to both; Naheed is a woman's name in Persian, given to men in South
    // Asia; Iman and Hanan are women's names in Arabic, men's in Persian or Hebrew.
    either: "noor nour iman hanan naheed",
  },
  {
    // Pinyin names are mostly borne by both; surnames that also serve as given names (Li, Yan) are left out.
    origin: "Chinese",
    m: "jianguo zhiwei qiang haoran",
    f: "xiaomei xiaoling",
    either: "wei jun ming jing hui yun jian xin yifan yuxin jiahui zihan yiming",
  },
  {
    // The syllables of a Korean name do not tell its gender (Min-ji, Min-jun): whole names only.
    origin: "Korean",
    m: "minjun min-jun jihoon ji-hoon junho jun-ho seojun seo-jun donghyun dong-hyun sungmin sung-min",
    f: `jiyoung ji-young soojin soo-jin hyejin hye-jin minji min-ji seoyeon seo-yeon jieun ji-eun eunji eun-ji`,
    either: "min",
  },
  {
    origin: "Vietnamese",
    m: "tuan duc quang vinh hieu phong cuong huy khoa trung thang",
    f: "thuy linh huong hoa trang thao ngoc phuong hanh tuyet nhung oanh mai",
    either: "thanh binh khanh hien anh minh",
  },
  {
    origin: "Ukrainian and Russian",
    m: `volodymyr oleksandr oleksiy andriy mykola mykhailo serhiy sergey taras bohdan dmytro yuriy vasyl
      ihor stepan ostap vitaliy yaroslav orest myroslav dmitry mikhail oleg yevgeny andrii serhii
      mykyta`,
    // Chrystia: the Ukrainian-Canadian spelling of Khrystia. Andrii, Serhii, Yuliia: the official
    // romanisation of 2010, which news has used since 2022.
    f: `olena oksana natalia nataliya iryna tetiana svitlana halyna olha yulia lyudmila ludmila larysa
      kateryna viktoria khrystyna chrystia svetlana tatyana yuliia anastasiia`,
    // Misha: a Russian man's pet name, an English woman's name.
    either: "misha",
  },
  {
    origin: "Polish",
    m: `krzysztof tomasz pawel marek jerzy andrzej grzegorz wojciech zbigniew kazimierz tadeusz janusz jacek
      bartosz lukasz mateusz jakub`,
    f: "agnieszka malgorzata katarzyna ewa danuta elzbieta halina jadwiga zofia beata dorota urszula bozena grazyna iwona",
  },
  {
    origin: "Italian and Portuguese",
    m: "vincenzo carmine rocco enzo raffaele joao rui nuno tiago joaquim",
    f: "giuseppina concetta filomena assunta graziella chiara conceicao manuela filipa goreti lurdes",
  },
  {
    origin: "Spanish and Filipino",
    m: "rodel arnel ruel benigno",
    f: "marisol pilar sofia marites maricel marilou maricar maricris marivic analyn jonalyn liezel",
  },
  {
    // Inuktitut forms of baptismal names (Paul, Jonah, Lucas, J.P., Adam, Elizabeth, Lydia), by their gender.
    origin: "Inuit",
    m: "pauloosie joanasie lucassie jaypeetee adamie",
    f: "elisapee leetia meeka",
  },
  { origin: "Turkish", m: "mehmet ahmet recep", f: "zeynep" },
  { origin: "Hungarian", m: "laszlo lajos" },
  { origin: "Hebrew", m: "yosef avi shlomo yitzhak", f: "rivka shira tali yael noa" },
  { origin: "Greek and Japanese", m: "konstantinos dimitrios georgios yannis hiroshi takashi kenji", f: "despina akiko keiko" },
];
