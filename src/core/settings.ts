// The plugin's settings as stored in data.json. Pure: shared by the plugin,
// the command line and the core. A missing key means its default.

export type MentionStyle = "at-camel" | "wikilink" | "at-name";
export type FactAttribution = "named" | "all";

export interface CrmSettings {
	meetingFolders: string[];
	meetingSourceValues: string[];
	meetingTypeValues: string[];
	participantKeys: string[];
	peopleFolder: string;
	projectFolders: string[];
	yourName: string;
	yourAliases: string[];
	personTemplate: string;
	personTypes: string[];
	ignoreNames: string[];
	newPersonTags: string[];
	mentionStyle: MentionStyle;
	factAttribution: FactAttribution;
	fixTaskLinesWhileProcessing: boolean;
	wholeNoteMojibakeRepair: boolean;
	reportFolder: string;
}

export const DEFAULT_SETTINGS: Readonly<CrmSettings> = Object.freeze({
	meetingFolders: [],
	meetingSourceValues: ["transcript"],
	meetingTypeValues: ["meeting"],
	participantKeys: ["participants", "attendees"],
	peopleFolder: "People",
	projectFolders: [],
	yourName: "",
	yourAliases: [],
	personTemplate: "",
	personTypes: ["people", "person"],
	ignoreNames: ["Otter.ai", "Fireflies.ai", "Read.ai", "/notetaker/i", "/zoom room/i"],
	newPersonTags: ["type/people", "needs-review"],
	mentionStyle: "at-camel",
	factAttribution: "named",
	fixTaskLinesWhileProcessing: true,
	wholeNoteMojibakeRepair: false,
	reportFolder: "",
});

/** The words that always mean the vault owner, whatever *Your name* says. */
export const OWNER_WORDS = ["Myself", "Me"];

/** Every name of the vault owner: *Your name*, its aliases, Myself and Me. */
export function ownerNames(settings: Pick<CrmSettings, "yourName" | "yourAliases">): string[] {
	return [settings.yourName, ...settings.yourAliases, ...OWNER_WORDS]
		.map((name) => name.trim())
		.filter((name) => name.length > 0);
}
