import { Plugin } from "obsidian";

export default class MeetingCrmPlugin extends Plugin {
	override async onload(): Promise<void> {
		// Commands, ribbon and settings are wired in later steps.
	}
}
