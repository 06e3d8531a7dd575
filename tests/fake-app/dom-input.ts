// What a test does to the fake DOM as a user would: type, pick, press keys.
import { FakeElement } from "./dom";

/** The fake element behind an HTMLElement the plugin was given (containerEl, contentEl, …). */
export function asFake(el: HTMLElement | FakeElement): FakeElement {
	if (!(el instanceof FakeElement)) throw new Error("fake: not an element of the fake DOM");
	return el;
}

/** Types into an input as a user does: sets the value, fires "input". */
export function typeText(input: FakeElement, text: string): void {
	input.value = text;
	input.trigger("input");
}

/** Picks a dropdown option: sets the value, fires "change". */
export function selectOption(select: FakeElement, value: string): void {
	if (!select.children.some((option) => option.value === value)) {
		throw new Error(`fake DOM: no option "${value}" in ${select.children.map((option) => option.value).join(", ")}`);
	}
	select.value = value;
	select.trigger("change");
}

export function pressKey(el: FakeElement, key: string): void {
	el.trigger("keydown", { key });
}
