// Globals Obsidian defines in the app window: `window`/`activeWindow` (Node
// has neither; timers live on globalThis), `activeDocument`, and the element
// helpers createEl, createDiv, createSpan, createFragment, sleep.
import { createFragment, FakeElement } from "./dom";
import type { DomInfo } from "./dom";

function detached(tag: string, info?: DomInfo | string, callback?: (el: FakeElement) => void): FakeElement {
	const el = new FakeElement("div").createEl(tag, info, callback);
	if (!(typeof info === "object" && info.parent)) el.detach();
	return el;
}

const fakeDocument = {
	body: new FakeElement("body"),
	activeElement: null,
	createElement: (tag: string) => new FakeElement(tag),
	createDocumentFragment: () => createFragment(),
};

const globals = globalThis as Record<string, unknown>;
globals.window ??= globalThis;
globals.activeWindow ??= globalThis;
globals.activeDocument ??= fakeDocument;
globals.createEl ??= detached;
globals.createDiv ??= (info?: DomInfo | string, callback?: (el: FakeElement) => void) => detached("div", typeof info === "string" ? { cls: info } : info, callback);
globals.createSpan ??= (info?: DomInfo | string, callback?: (el: FakeElement) => void) => detached("span", typeof info === "string" ? { cls: info } : info, callback);
globals.createFragment ??= createFragment;
globals.sleep ??= (ms: number) => new Promise((resolve) => globalThis.setTimeout(resolve, ms));
