// The controls of a setting row, on the fake DOM with Obsidian's class names:
// a test types into inputEl, clicks toggleEl or buttonEl, or picks an option
// of selectEl, and the component's onChange/onClick callback runs as in the app.
import { track } from "./async";
import { FakeElement } from "./dom";

export abstract class BaseComponent {
	disabled = false;

	then(callback: (component: this) => unknown): this {
		callback(this);
		return this;
	}

	setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		return this;
	}
}

export abstract class ValueComponent<T> extends BaseComponent {
	registerOptionListener(): this {
		return this;
	}
	abstract getValue(): T;
	abstract setValue(value: T): this;
}

export class AbstractTextComponent extends ValueComponent<string> {
	private changeCallback: ((value: string) => unknown) | null = null;

	constructor(readonly inputEl: FakeElement) {
		super();
		inputEl.addEventListener("input", () => this.onChanged());
	}

	override setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		this.inputEl.disabled = disabled;
		return this;
	}

	getValue(): string {
		return this.inputEl.value;
	}

	setValue(value: string): this {
		this.inputEl.value = value;
		return this;
	}

	setPlaceholder(placeholder: string): this {
		this.inputEl.placeholder = placeholder;
		return this;
	}

	onChanged(): void {
		track(this.changeCallback?.(this.getValue()));
	}

	onChange(callback: (value: string) => unknown): this {
		this.changeCallback = callback;
		return this;
	}
}

export class TextComponent extends AbstractTextComponent {
	constructor(containerEl: FakeElement) {
		super(containerEl.createEl("input", { type: "text" }));
	}
}

export class TextAreaComponent extends AbstractTextComponent {
	constructor(containerEl: FakeElement) {
		super(containerEl.createEl("textarea"));
	}
}

export class ToggleComponent extends ValueComponent<boolean> {
	readonly toggleEl: FakeElement;
	private on = false;
	private changeCallback: ((value: boolean) => unknown) | null = null;

	constructor(containerEl: FakeElement) {
		super();
		this.toggleEl = containerEl.createDiv("checkbox-container");
		this.toggleEl.createEl("input", { type: "checkbox" });
		this.toggleEl.addEventListener("click", () => this.onClick());
	}

	override setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		this.toggleEl.disabled = disabled;
		this.toggleEl.toggleClass("is-disabled", disabled);
		return this;
	}

	getValue(): boolean {
		return this.on;
	}

	/** Like Obsidian's: a change of value calls the onChange callback (if one is set yet). */
	setValue(on: boolean): this {
		const changed = this.on !== on;
		this.on = on;
		this.toggleEl.toggleClass("is-enabled", on);
		if (changed) track(this.changeCallback?.(on));
		return this;
	}

	setTooltip(tooltip: string): this {
		this.toggleEl.setAttr("aria-label", tooltip);
		return this;
	}

	onClick(): void {
		if (this.disabled) return;
		this.setValue(!this.on);
	}

	onChange(callback: (value: boolean) => unknown): this {
		this.changeCallback = callback;
		return this;
	}
}

export class DropdownComponent extends ValueComponent<string> {
	readonly selectEl: FakeElement;
	private changeCallback: ((value: string) => unknown) | null = null;

	constructor(containerEl: FakeElement) {
		super();
		this.selectEl = containerEl.createEl("select", { cls: "dropdown" });
		this.selectEl.addEventListener("change", () => track(this.changeCallback?.(this.getValue())));
	}

	override setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		this.selectEl.disabled = disabled;
		return this;
	}

	addOption(value: string, display: string): this {
		this.selectEl.createEl("option", { value, text: display });
		// A select shows its first option until another is chosen.
		if (this.selectEl.children.length === 1) this.selectEl.value = value;
		return this;
	}

	addOptions(options: Record<string, string>): this {
		for (const [value, display] of Object.entries(options)) this.addOption(value, display);
		return this;
	}

	getValue(): string {
		return this.selectEl.value;
	}

	setValue(value: string): this {
		this.selectEl.value = value;
		return this;
	}

	onChange(callback: (value: string) => unknown): this {
		this.changeCallback = callback;
		return this;
	}
}

export class ButtonComponent extends BaseComponent {
	readonly buttonEl: FakeElement;

	constructor(containerEl: FakeElement) {
		super();
		this.buttonEl = containerEl.createEl("button");
	}

	override setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		this.buttonEl.disabled = disabled;
		return this;
	}

	setCta(): this {
		this.buttonEl.addClass("mod-cta");
		return this;
	}

	removeCta(): this {
		this.buttonEl.removeClass("mod-cta");
		return this;
	}

	setWarning(): this {
		this.buttonEl.addClass("mod-warning");
		return this;
	}

	setTooltip(tooltip: string): this {
		this.buttonEl.setAttr("aria-label", tooltip);
		return this;
	}

	setButtonText(name: string): this {
		this.buttonEl.setText(name);
		return this;
	}

	setIcon(icon: string): this {
		this.buttonEl.setAttr("data-icon", icon);
		return this;
	}

	setClass(cls: string): this {
		this.buttonEl.addClass(cls);
		return this;
	}

	onClick(callback: (event: unknown) => unknown): this {
		this.buttonEl.addEventListener("click", callback);
		return this;
	}
}

export class ExtraButtonComponent extends BaseComponent {
	readonly extraSettingsEl: FakeElement;

	constructor(containerEl: FakeElement) {
		super();
		this.extraSettingsEl = containerEl.createDiv("clickable-icon extra-setting-button");
	}

	override setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		this.extraSettingsEl.disabled = disabled;
		return this;
	}

	setTooltip(tooltip: string): this {
		this.extraSettingsEl.setAttr("aria-label", tooltip);
		return this;
	}

	setIcon(icon: string): this {
		this.extraSettingsEl.setAttr("data-icon", icon);
		return this;
	}

	onClick(callback: () => unknown): this {
		this.extraSettingsEl.addEventListener("click", () => callback());
		return this;
	}
}
