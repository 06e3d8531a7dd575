import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, ownerNames } from "../src/core/settings";

describe("settings", () => {
	it("lists the owner's names with Myself and Me", () => {
		expect(ownerNames({ ...DEFAULT_SETTINGS, yourName: " Jason Vallery ", yourAliases: ["JV"] })).toEqual(["Jason Vallery", "JV", "Myself", "Me"]);
	});
});
