// Setting rows, built on the fake DOM with the class names Obsidian uses, so a
// test can find a row by its name and use its controls (see components.ts).
import {
	BaseComponent, ButtonComponent, DropdownComponent, ExtraButtonComponent, TextAreaComponent, TextComponent, ToggleComponent,
} from "./components";
import { FakeElement } from "./dom";

export class Setting {
	readonly settingEl: FakeElement;
	readonly infoEl: FakeElement;
	readonly nameEl: FakeElement;
	readonly descEl: FakeElement;
	readonly controlEl: FakeElement;
	components: BaseComponent[] = [];

	constructor(containerEl: FakeElement) {
		this.settingEl = containerEl.createDiv("setting-item");
		this.infoEl = this.settingEl.createDiv("setting-item-info");
		this.nameEl = this.infoEl.createDiv("setting-item-name");
		this.descEl = this.infoEl.createDiv("setting-item-description");
		this.controlEl = this.settingEl.createDiv("setting-item-control");
	}

	setName(name: string | FakeElement): this {
		this.nameEl.setText(name);
		return this;
	}

	setDesc(desc: string | FakeElement): this {
		this.descEl.setText(desc);
		return this;
	}

	setClass(cls: string): this {
		this.settingEl.addClass(cls);
		return this;
	}

	setTooltip(tooltip: string): this {
		this.nameEl.setAttr("aria-label", tooltip);
		return this;
	}

	setHeading(): this {
		this.settingEl.addClass("setting-item-heading");
		return this;
	}

	setDisabled(disabled: boolean): this {
		this.settingEl.toggleClass("is-disabled", disabled);
		for (const component of this.components) component.setDisabled(disabled);
		return this;
	}

	addButton(callback: (component: ButtonComponent) => unknown): this {
		return this.add(new ButtonComponent(this.controlEl), callback);
	}

	addExtraButton(callback: (component: ExtraButtonComponent) => unknown): this {
		return this.add(new ExtraButtonComponent(this.controlEl), callback);
	}

	addToggle(callback: (component: ToggleComponent) => unknown): this {
		return this.add(new ToggleComponent(this.controlEl), callback);
	}

	addText(callback: (component: TextComponent) => unknown): this {
		return this.add(new TextComponent(this.controlEl), callback);
	}

	addTextArea(callback: (component: TextAreaComponent) => unknown): this {
		return this.add(new TextAreaComponent(this.controlEl), callback);
	}

	addDropdown(callback: (component: DropdownComponent) => unknown): this {
		return this.add(new DropdownComponent(this.controlEl), callback);
	}

	then(callback: (setting: this) => unknown): this {
		callback(this);
		return this;
	}

	clear(): this {
		this.controlEl.empty();
		this.components = [];
		return this;
	}

	private add<T extends BaseComponent>(component: T, callback: (component: T) => unknown): this {
		this.components.push(component);
		callback(component);
		return this;
	}
}

/** The setting row whose name is exactly `name` (headings included). */
export function findSetting(containerEl: FakeElement, name: string): FakeElement {
	const rows = containerEl.findAll(".setting-item").filter((row) => row.find(".setting-item-name")?.getText() === name);
	if (rows.length !== 1) {
		const names = containerEl.findAll(".setting-item-name").map((el) => el.getText());
		throw new Error(`fake: ${rows.length} settings named "${name}"; there are: ${names.join(" | ")}`);
	}
	return rows[0];
}
