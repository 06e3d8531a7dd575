// Words the synthetic meeting notes are made of. Names are real-looking and
// include accents (real text the mojibake repair must leave alone).

export const FIRST_NAMES = [
	"Aaliyah", "Abdul", "Adaeze", "Adrian", "Aiko", "Alejandro", "Amara", "Amir", "Ana", "Anders",
	"Anika", "Arjun", "Astrid", "Aylin", "Beatriz", "Bilal", "Björn", "Bruno", "Camila", "Carlos",
	"Chen", "Chiara", "Dalia", "Daniel", "Dariusz", "Deepa", "Diego", "Dmitri", "Elena", "Elif",
	"Emeka", "Emma", "Eun-ji", "Farah", "Fatima", "Felix", "Freya", "Gabriel", "Gustavo", "Hana",
	"Hannah", "Hiroshi", "Ibrahim", "Ines", "Ingrid", "Isabel", "Ivan", "Jai", "Jakub", "Javier",
	"Jiho", "Joaquín", "José", "Julia", "Kaito", "Karim", "Katarzyna", "Kenji", "Kofi", "Lars",
	"Leila", "Liam", "Lucía", "Luka", "Maja", "Malik", "Manish", "Marco", "Marta", "Mateo",
	"Mei", "Mia", "Mohammed", "Nadia", "Naveen", "Nia", "Nikolai", "Noah", "Olga", "Olu",
	"Omar", "Pablo", "Pete", "Priya", "Rafael", "Rahul", "Ravi", "Renée", "Rosa", "Sakura",
	"Samir", "Sanjay", "Sara", "Sebastián", "Sofia", "Søren", "Sunita", "Tariq", "Thandiwe", "Tomás",
	"Uma", "Valentina", "Vikram", "Wei", "Yara", "Yusuf", "Zainab", "Zoë", "Zoltan", "Zuri",
];

export const LAST_NAMES = [
	"Abe", "Adeyemi", "Agarwal", "Ahmed", "Alvarez", "Andersson", "Asante", "Bakker", "Banerjee", "Becker",
	"Bianchi", "Bondarenko", "Castillo", "Chatterjee", "Chowdhury", "Costa", "Dubois", "Eriksen", "Emig", "Esposito",
	"Fernández", "Fischer", "Fujita", "García", "Gonzaga", "Gupta", "Haddad", "Hansen", "Hashimoto", "Herrera",
	"Hoffmann", "Horvat", "Ibáñez", "Iyer", "Jansen", "Jovanović", "Kaplan", "Kapoor", "Kato", "Khan",
	"Kim", "Kowalski", "Kruger", "Kumar", "Lambert", "Larsen", "Lefebvre", "Lindqvist", "Lopes", "Mahlangu",
	"Marino", "Martens", "Mbeki", "Menon", "Meyer", "Moreau", "Müller", "Nakamura", "Navarro", "Nguyen",
	"Nielsen", "Novak", "Nowak", "Nwosu", "Okafor", "Okonkwo", "Olsen", "Ortiz", "Özdemir", "Pereira",
	"Petrov", "Pillai", "Popescu", "Quispe", "Rahman", "Rao", "Reddy", "Ricci", "Rossi", "Sah",
	"Saito", "Santos", "Schmidt", "Schneider", "Sharma", "Silva", "Singh", "Sokolov", "Suzuki", "Takahashi",
	"Tanaka", "Tran", "Trivedi", "Varga", "Vasquez", "Vogel", "Wagner", "Watanabe", "Weber", "Wiśniewski",
	"Xu", "Yamamoto", "Yilmaz", "Zhang", "Zhou", "Zielinski",
];

export const PROJECTS = [
	"Apollo", "Bifrost", "Cobalt", "Delta Lake migration", "Everest", "Falcon", "Granite", "Helios", "Ion",
	"Juniper", "Kestrel", "Lumen", "Meridian", "Nimbus", "Orion", "Polaris", "Quasar", "Redwood", "Sequoia", "Tundra",
];

export const TOPICS = [
	"capacity planning", "hiring plan", "quarterly roadmap", "storage performance", "pricing model",
	"customer escalations", "on-call rotation", "budget review", "vendor evaluation", "security audit",
	"data retention policy", "launch readiness", "partner integration", "compensation review", "team reorg",
	"latency regression", "cost optimisation", "contract renewal", "migration timeline", "observability gaps",
	"incident postmortem", "hardware refresh", "go-to-market plan", "API deprecation", "disaster recovery",
];

export const COMPANIES = ["Contoso", "Fabrikam", "Northwind", "Tailspin", "Wingtip", "Litware", "Adatum", "Proseware"];

export const SUMMARY_SENTENCES = [
	"{A} and {B} reviewed the state of {project} and agreed that the {topic} needs a clearer owner before the next milestone.",
	"{A} walked the group through the latest {topic} numbers for {project}, which came in below the target set last quarter.",
	"The discussion centred on {topic}, with {B} arguing that {project} should slip by two weeks rather than cut scope.",
	"{A} raised concerns about {topic} and asked {B} to bring a written proposal, including costs and risks, to the next review.",
	"They aligned on a phased approach for {project}: stabilise {topic} first, then revisit the broader plan with {company}.",
];

export const TASK_SENTENCES = [
	"Send the revised {topic} proposal for {project} to {A} with the cost breakdown and open risks",
	"Schedule a follow-up with {company} to confirm the {topic} timeline and the owners on both sides",
	"Draft a one-page summary of the {project} {topic} decision and circulate it to the wider team",
	"Collect the {topic} metrics from the last two sprints and share them with {A} before the review",
	"Confirm with {A} whether {company} can support the {project} rollout in the proposed window",
	"Write up the open questions on {topic} and book time with {A} to go through them",
];

export const DECISION_SENTENCES = [
	"Proceed with the phased rollout of {project}, starting with {topic}, and review progress in two weeks.",
	"Keep {company} as the preferred vendor for {project} while {A} evaluates one alternative.",
	"Defer the {topic} work until the {project} milestone is met, unless {A} finds a blocking issue.",
	"Adopt the cost model {A} proposed for {topic} as the baseline for the {project} budget.",
];

export const FACT_SENTENCES = [
	"{P} has led the {topic} work on {project} for the past year and knows the history of every major decision.",
	"{P} previously worked at {company} and still has good contacts on their {topic} team.",
	"{P} is concerned that {project} does not have enough headroom for {topic} and wants a review before launch.",
	"{P} prefers written proposals over meetings and asked for the {topic} plan to be shared a day in advance.",
	"{P} will be out of office for two weeks next month, so the {project} handover needs to happen before then.",
	"{P} has budget authority for {topic} up to the end of the quarter and can approve small purchases directly.",
	"{P} mentioned that {company} approached them about a partnership on {project}, which is still informal.",
	"{P} thinks the {topic} metrics are misleading because they exclude the largest customers on {project}.",
	"{P} and {Q} disagree on the {project} timeline; {P} wants to ship early while {Q} prefers a longer beta on {topic}.",
	"{P} ran a pilot of the new {topic} process with {company} and reported a clear improvement in turnaround.",
];

export const RELATIONSHIP_NOTES = [
	"We worked together on the {project} launch; direct, reliable, and quick to flag risks early.",
	"Met through {company}. Good sounding board on {topic}; prefers short written updates.",
	"Peer on the platform side. We sync monthly; trust is high but priorities sometimes differ.",
];

export const USER_FACTS = [
	"Has two kids and coaches their football team on weekends.",
	"Ran the {topic} review at {company} before joining.",
	"Prefers calls before 10am; avoid Fridays.",
];
