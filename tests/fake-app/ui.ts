// Notices, modals, setting tabs and input suggestions. Notices and open
// modals are logged module-wide (Obsidian shows them app-wide too) so a test
// can read what the user would have seen.
import type { App } from "obsidian";
import { track } from "./async";
import { FakeElement } from "./dom";

/** Every notice shown since the last clearUiLog(), oldest first. */
export const notices: Notice[] = [];
/** Modals currently open, oldest first. */
export const openModals: Modal[] = [];

export function clearUiLog(): void {
	notices.length = 0;
	openModals.length = 0;
}

/** The text of every notice shown, oldest first (its latest message). */
export function noticeTexts(): string[] {
	return notices.map((notice) => notice.text);
}

export class Notice {
	readonly containerEl = new FakeElement("div");
	readonly messageEl: FakeElement;
	readonly noticeEl: FakeElement;
	hidden = false;

	constructor(message: string | FakeElement, readonly duration?: number) {
		this.containerEl.addClass("notice-container");
		this.noticeEl = this.containerEl.createDiv("notice");
		this.messageEl = this.noticeEl.createDiv("notice-message");
		this.setMessage(message);
		notices.push(this);
	}

	setMessage(message: string | FakeElement): this {
		this.messageEl.setText(message);
		return this;
	}

	hide(): void {
		this.hidden = true;
	}

	get text(): string {
		return this.messageEl.getText();
	}
}

export class Scope {
	register(): object {
		return {};
	}
	unregister(): void {
		// Nothing is registered in the fake.
	}
}

export class Modal {
	readonly scope = new Scope();
	readonly containerEl = new FakeElement("div");
	readonly modalEl: FakeElement;
	readonly titleEl: FakeElement;
	readonly contentEl: FakeElement;
	shouldRestoreSelection = true;
	isOpen = false;
	private closeCallback: (() => unknown) | null = null;

	constructor(readonly app: App) {
		this.containerEl.addClass("modal-container");
		this.modalEl = this.containerEl.createDiv("modal");
		this.titleEl = this.modalEl.createDiv("modal-title");
		this.contentEl = this.modalEl.createDiv("modal-content");
	}

	open(): void {
		if (this.isOpen) return;
		this.isOpen = true;
		openModals.push(this);
		track(this.onOpen());
	}

	close(): void {
		if (!this.isOpen) return;
		this.isOpen = false;
		openModals.splice(openModals.indexOf(this), 1);
		this.onClose();
		track(this.closeCallback?.());
	}

	onOpen(): unknown {
		return undefined;
	}

	onClose(): void {
		// Subclasses override.
	}

	setTitle(title: string): this {
		this.titleEl.setText(title);
		return this;
	}

	setContent(content: string | FakeElement): this {
		this.contentEl.setText(content);
		return this;
	}

	setCloseCallback(callback: () => unknown): this {
		this.closeCallback = callback;
		return this;
	}
}

export abstract class SettingTab {
	icon = "";
	readonly containerEl = new FakeElement("div");

	constructor(readonly app: App) {
		this.containerEl.addClass("vertical-tab-content");
	}

	abstract display(): void;

	hide(): void {
		this.containerEl.empty();
	}
}

export abstract class PluginSettingTab extends SettingTab {
	constructor(app: App, _plugin: unknown) {
		super(app);
	}
}

export abstract class PopoverSuggest<T> {
	readonly scope = new Scope();
	isOpen = false;

	constructor(readonly app: App) {}

	open(): void {
		this.isOpen = true;
	}

	close(): void {
		this.isOpen = false;
	}

	abstract renderSuggestion(value: T, el: FakeElement): void;
	abstract selectSuggestion(value: T, evt: unknown): void;
}

const suggestsByInput = new WeakMap<FakeElement, AbstractInputSuggest<unknown>>();

/** The suggestion popover attached to an input, for a test to drive. */
export function suggestFor(input: FakeElement): AbstractInputSuggest<unknown> {
	const suggest = suggestsByInput.get(input);
	if (!suggest) throw new Error("fake: no AbstractInputSuggest is attached to this input");
	return suggest;
}

/**
 * Type-ahead on an input: each "input" or "focus" asks getSuggestions for the
 * typed text and renders the first `limit` into suggestionsEl; a test picks
 * one with fakeChoose, as a click would.
 */
export abstract class AbstractInputSuggest<T> extends PopoverSuggest<T> {
	limit = 100;
	readonly suggestionsEl = new FakeElement("div");
	shown: T[] = [];
	private selectCallback: ((value: T, evt: unknown) => unknown) | null = null;

	constructor(app: App, readonly textInputEl: FakeElement) {
		super(app);
		this.suggestionsEl.addClass("suggestion-container");
		suggestsByInput.set(textInputEl, this as AbstractInputSuggest<unknown>);
		textInputEl.addEventListener("input", () => this.fakeRefresh());
		textInputEl.addEventListener("focus", () => this.fakeRefresh());
	}

	setValue(value: string): void {
		if (this.textInputEl.tagName === "INPUT") this.textInputEl.value = value;
		else this.textInputEl.setText(value);
	}

	getValue(): string {
		return this.textInputEl.tagName === "INPUT" ? this.textInputEl.value : this.textInputEl.getText();
	}

	protected abstract getSuggestions(query: string): T[] | Promise<T[]>;

	selectSuggestion(value: T, evt: unknown): void {
		track(this.selectCallback?.(value, evt));
	}

	onSelect(callback: (value: T, evt: unknown) => unknown): this {
		this.selectCallback = callback;
		return this;
	}

	/** Recomputes and renders the suggestions for the input's current text. */
	async fakeRefresh(): Promise<T[]> {
		const all = await this.getSuggestions(this.getValue());
		this.shown = this.limit > 0 ? all.slice(0, this.limit) : all;
		this.suggestionsEl.empty();
		for (const value of this.shown) this.renderSuggestion(value, this.suggestionsEl.createDiv("suggestion-item"));
		if (this.shown.length > 0) this.open();
		else this.close();
		return this.shown;
	}

	/** What the rendered suggestions say, in order. */
	fakeSuggestionTexts(): string[] {
		return this.suggestionsEl.children.map((el) => el.getText());
	}

	/** Picks a shown suggestion, as a click would. */
	fakeChoose(index: number): void {
		if (index < 0 || index >= this.shown.length) throw new Error(`fake: no suggestion ${index}; ${this.shown.length} shown`);
		this.selectSuggestion(this.shown[index], { type: "click" });
	}
}
