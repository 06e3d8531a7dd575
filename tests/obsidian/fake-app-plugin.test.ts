import { describe, expect, it, vi } from "vitest";
import { debounce, MarkdownView, Modal, Notice, Plugin, Setting } from "obsidian";
import type { TAbstractFile } from "obsidian";
import MeetingCrmPlugin from "../../src/main";
import {
	asFake, changePluginDataExternally, commandIds, createFakeApp, FakeElement, findSetting, isCommandAvailable, loadPlugin, noticeTexts,
	openModals, readPluginData, ribbonIcon, runCommand, selectOption, settle, statusBarTexts, takeFailures, typeText, unloadPlugin,
	writePluginData,
} from "../fake-app";

class ProbePlugin extends Plugin {
	log: string[] = [];
	data: unknown = null;
	external = 0;

	override async onload(): Promise<void> {
		this.data = await this.loadData();
		this.addCommand({ id: "always", name: "Always", callback: () => this.log.push("always") });
		this.addCommand({
			id: "when-active",
			name: "When a note is active",
			checkCallback: (checking) => {
				if (!this.app.workspace.getActiveFile()) return false;
				if (!checking) this.log.push("ran when-active");
				return true;
			},
		});
		this.addCommand({
			id: "in-editor",
			name: "In editor",
			editorCheckCallback: (checking, editor) => {
				if (!editor.getValue().includes("- [ ]")) return false;
				if (!checking) editor.setValue(editor.getValue().replace("- [ ]", "- [x]"));
				return true;
			},
		});
		this.addCommand({ id: "slow", name: "Slow", callback: async () => {
			await Promise.resolve();
			this.log.push("slow done");
		} });
		this.addRibbonIcon("users", "Process new meeting notes", () => this.log.push("ribbon"));
		this.addStatusBarItem().setText("idle");
		this.registerEvent(this.app.vault.on("create", (file: TAbstractFile) => this.log.push(`create ${file.path}`)));
		this.register(() => this.log.push("cleanup"));
	}

	override onunload(): void {
		this.log.push("onunload");
	}

	override async onExternalSettingsChange(): Promise<void> {
		this.external++;
		this.data = await this.loadData();
	}
}

describe("fake plugin host", () => {
	it("loads the plugin with manifest.json and its data.json; saveData writes it", async () => {
		const app = createFakeApp();
		writePluginData(app, { yourName: "Jason" });
		const plugin = await loadPlugin(app, ProbePlugin);
		expect(plugin.manifest.id).toBe("meeting-crm");
		expect(plugin.manifest.dir).toBe(".obsidian/plugins/meeting-crm");
		expect(plugin.data).toEqual({ yourName: "Jason" });
		await plugin.saveData({ yourName: "Jai" });
		expect(readPluginData(app)).toEqual({ yourName: "Jai" });
		expect(app.vault.adapter.files.get(".obsidian/plugins/meeting-crm/data.json")).toBe("{\n  \"yourName\": \"Jai\"\n}");
		await changePluginDataExternally(app, plugin, { yourName: "Synced" });
		expect([plugin.external, plugin.data]).toEqual([1, { yourName: "Synced" }]);
	});

	it("loadData gives null when there is no data.json", async () => {
		const plugin = await loadPlugin(createFakeApp(), ProbePlugin);
		expect(plugin.data).toBeNull();
	});

	it("prefixes command ids and runs only commands the palette would offer", async () => {
		const app = createFakeApp({ "n.md": "- [ ] task" });
		const plugin = await loadPlugin(app, ProbePlugin);
		expect(commandIds(app)).toEqual(["meeting-crm:always", "meeting-crm:in-editor", "meeting-crm:slow", "meeting-crm:when-active"]);
		expect(await runCommand(app, "meeting-crm:when-active")).toBe(false);
		expect(isCommandAvailable(app, "meeting-crm:in-editor")).toBe(false);
		app.workspace.fakeOpenFile("n.md", { editor: false });
		expect(await runCommand(app, "meeting-crm:when-active")).toBe(true);
		expect(await runCommand(app, "meeting-crm:in-editor")).toBe(false);
		app.workspace.fakeOpenFile("n.md");
		expect(app.workspace.getActiveViewOfType(MarkdownView)?.file?.path).toBe("n.md");
		expect(await runCommand(app, "meeting-crm:in-editor")).toBe(true);
		expect(app.vault.fakeText("n.md")).toBe("- [x] task");
		expect(isCommandAvailable(app, "meeting-crm:in-editor")).toBe(false);
		expect(await runCommand(app, "meeting-crm:slow")).toBe(true);
		expect(plugin.log.slice(-2)).toEqual(["ran when-active", "slow done"]);
		await expect(runCommand(app, "meeting-crm:nope")).rejects.toThrow(/no command/);
	});

	it("the ribbon icon is clickable and the status bar item readable", async () => {
		const app = createFakeApp();
		const plugin = await loadPlugin(app, ProbePlugin);
		ribbonIcon(app, "Process new meeting notes").click();
		expect(plugin.log).toContain("ribbon");
		expect(statusBarTexts(app)).toEqual(["idle"]);
	});

	it("unload removes commands, ribbon, status bar and event handlers, then calls onunload", async () => {
		const app = createFakeApp();
		const plugin = await loadPlugin(app, ProbePlugin);
		expect(app.vault.listenerCount("create")).toBe(2);
		unloadPlugin(plugin);
		expect([commandIds(app), statusBarTexts(app), app.vault.listenerCount("create")]).toEqual([[], [], 1]);
		expect(plugin.log.slice(-2)).toEqual(["cleanup", "onunload"]);
		await app.vault.create("x.md", "");
		expect(plugin.log).not.toContain("create x.md");
	});

	it("loads, starts and unloads the real plugin without errors", async () => {
		const app = createFakeApp({ "Meetings/a.md": "---\ntype: meeting\n---\n" });
		const plugin = await loadPlugin(app, MeetingCrmPlugin);
		app.fakeLayoutReady();
		await settle();
		unloadPlugin(plugin);
		await settle();
	});

	it("settle() waits for async handlers and reports their errors", async () => {
		const app = createFakeApp();
		app.vault.on("create", async () => {
			await Promise.resolve();
			throw new Error("handler broke");
		});
		await app.vault.create("x.md", "");
		await expect(settle()).rejects.toThrow("handler broke");
		await settle();
		app.vault.on("modify", () => {
			throw new Error("sync broke");
		});
		await app.vault.modify(app.vault.getFileByPath("x.md")!, "y");
		expect(takeFailures()).toHaveLength(1);
	});
});

describe("fake UI", () => {
	it("logs every notice with its latest message", () => {
		createFakeApp();
		new Notice("first");
		const progress = new Notice("1 of 4");
		progress.setMessage("4 of 4");
		expect(noticeTexts()).toEqual(["first", "4 of 4"]);
	});

	it("opens and closes modals, calling onOpen and onClose", () => {
		const app = createFakeApp();
		class Hello extends Modal {
			override onOpen(): void {
				this.contentEl.createEl("p", { text: "Hello", cls: "greeting" });
			}
			override onClose(): void {
				this.contentEl.empty();
			}
		}
		const modal = new Hello(app);
		modal.open();
		expect(openModals).toEqual([modal]);
		expect(asFake(modal.contentEl).find("p.greeting")?.getText()).toBe("Hello");
		modal.close();
		expect(openModals).toEqual([]);
		expect(modal.contentEl.getText()).toBe("");
	});

	it("builds elements with createEl and finds them by class and tag", () => {
		const root = new FakeElement("div");
		const list = root.createEl("ul", { cls: ["a", "b"], attr: { "data-x": "1" } });
		list.createEl("li", { text: "one" });
		list.createEl("li", "two");
		root.createDiv("c").setText("three");
		expect(root.getText()).toBe("onetwothree");
		expect(root.findAll("ul.a.b li").map((li) => li.getText())).toEqual(["one", "two"]);
		expect(root.find("[data-x=\"1\"]")).toBe(list);
		list.empty();
		expect(root.getText()).toBe("three");
		const clicks: string[] = [];
		const button = root.createEl("button", { text: "Go" });
		button.addEventListener("click", () => clicks.push("go"));
		button.click();
		button.disabled = true;
		button.click();
		expect(clicks).toEqual(["go"]);
		expect(() => root.innerHTML).toThrow(/innerHTML/);
	});

	it("Setting components fire onChange when a test types, toggles or picks", () => {
		const root = new FakeElement("div");
		const seen: unknown[] = [];
		new Setting(root as unknown as HTMLElement).setName("Your name").setDesc("Who you are.")
			.addText((text) => text.setValue("a").onChange((value) => seen.push(value)))
			.addToggle((toggle) => toggle.setValue(false).onChange((value) => seen.push(value)))
			.addDropdown((dropdown) => dropdown.addOptions({ x: "X", y: "Y" }).onChange((value) => seen.push(value)));
		const row = findSetting(root, "Your name");
		expect(row.find(".setting-item-description")?.getText()).toBe("Who you are.");
		expect(row.find("select")?.value).toBe("x");
		typeText(row.find("input")!, "Jason");
		row.find(".checkbox-container")!.click();
		selectOption(row.find("select")!, "y");
		expect(seen).toEqual(["Jason", true, "y"]);
	});
});

describe("debounce", () => {
	it("runs once after the wait with the latest arguments; resetTimer restarts the wait", () => {
		vi.useFakeTimers();
		try {
			const calls: number[] = [];
			const plain = debounce((n: number) => calls.push(n), 100);
			plain(1);
			vi.advanceTimersByTime(60);
			plain(2);
			vi.advanceTimersByTime(40);
			expect(calls).toEqual([2]);
			const resetting = debounce((n: number) => calls.push(n), 100, true);
			resetting(3);
			vi.advanceTimersByTime(60);
			resetting(4);
			vi.advanceTimersByTime(60);
			expect(calls).toEqual([2]);
			vi.advanceTimersByTime(40);
			expect(calls).toEqual([2, 4]);
			resetting(5).cancel();
			vi.advanceTimersByTime(200);
			resetting(6);
			resetting.run();
			expect(calls).toEqual([2, 4, 6]);
		} finally {
			vi.useRealTimers();
		}
	});
});
