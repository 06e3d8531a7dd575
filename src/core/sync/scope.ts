// Which notes a run looks at: the meeting folders, minus the templates folder,
// the person template and Obsidian's Excluded files.
import type { CrmSettings } from "../settings";
import type { AppConfig } from "../../vault/port";

export interface Scope {
	/** Could this path hold a meeting note? */
	inMeetingScope(path: string): boolean;
	/** Is this path in the people folder? */
	inPeopleFolder(path: string): boolean;
	/** Never read at all (templates, excluded files). */
	isExcluded(path: string): boolean;
}

export function folderContains(folder: string, path: string): boolean {
	const clean = trimSlashes(folder);
	if (clean === "") return true;
	return path === clean || path.startsWith(clean + "/");
}

export function trimSlashes(path: string): string {
	return path.replace(/\\/g, "/").replace(/^\/+|\/+$/g, "");
}

/** Obsidian's Excluded files: a path prefix, or a /regex/ tested on the path. */
function compileIgnoreFilter(filter: string): (path: string) => boolean {
	const regex = /^\/(.+)\/([a-z]*)$/.exec(filter);
	if (regex) {
		try {
			const compiled = new RegExp(regex[1], regex[2]);
			return (path) => compiled.test(path);
		} catch {
			return () => false;
		}
	}
	const prefix = filter.replace(/\\/g, "/").replace(/^\/+/, "");
	if (prefix === "") return () => false;
	return (path) => path.startsWith(prefix);
}

export function buildScope(settings: CrmSettings, config: AppConfig): Scope {
	const filters = config.userIgnoreFilters.map(compileIgnoreFilter);
	const templatesFolder = trimSlashes(config.templatesFolder);
	const template = trimSlashes(settings.personTemplate);
	const templatePath = template === "" ? "" : template.endsWith(".md") ? template : template + ".md";
	const meetingFolders = settings.meetingFolders.map(trimSlashes).filter((f) => f !== "");
	const isExcluded = (path: string): boolean =>
		(templatesFolder !== "" && folderContains(templatesFolder, path)) ||
		(templatePath !== "" && path === templatePath) ||
		filters.some((matches) => matches(path));
	return {
		isExcluded,
		inPeopleFolder: (path) => trimSlashes(settings.peopleFolder) !== "" && folderContains(settings.peopleFolder, path),
		inMeetingScope: (path) =>
			!isExcluded(path) && (meetingFolders.length === 0 || meetingFolders.some((folder) => folderContains(folder, path))),
	};
}
