// A tiny element tree standing in for the browser DOM in tests (no jsdom):
// the element helpers Obsidian adds (createEl, createDiv, setText, empty,
// addClass, …), events and clicks, and a selector-lite find/findAll, enough to
// render the settings tab, modals and notices and to click through them.
import { recordFailure, track } from "./async";
import { matchesSelector } from "./dom-selector";

export type AttrValue = string | number | boolean | null;

export interface DomInfo {
	cls?: string | string[];
	text?: string | FakeElement;
	attr?: Record<string, AttrValue>;
	title?: string;
	parent?: FakeElement;
	value?: string;
	type?: string;
	prepend?: boolean;
	placeholder?: string;
	href?: string;
}

export interface FakeEventInit {
	key?: string;
}

export class FakeEvent {
	defaultPrevented = false;
	readonly key: string;
	constructor(readonly type: string, readonly target: FakeElement, init: FakeEventInit = {}) {
		this.key = init.key ?? "";
	}
	preventDefault(): void {
		this.defaultPrevented = true;
	}
	stopPropagation(): void {
		// Events do not bubble in the fake; nothing to stop.
	}
}

type Listener = (event: FakeEvent) => unknown;
type Node = string | FakeElement;

export class FakeElement {
	readonly tagName: string;
	parent: FakeElement | null = null;
	/** Text nodes (strings) and elements, in document order. */
	readonly childNodes: Node[] = [];
	value = "";
	checked = false;
	disabled = false;
	placeholder = "";
	type = "";
	href = "";
	title = "";
	readonly style: Record<string, string> = {};
	private hidden = false;
	private readonly classes = new Set<string>();
	private readonly attributes = new Map<string, string>();
	private readonly listeners = new Map<string, Listener[]>();

	constructor(tag: string) {
		this.tagName = tag.toUpperCase();
	}

	get children(): FakeElement[] {
		return this.childNodes.filter((node): node is FakeElement => node instanceof FakeElement);
	}

	get textContent(): string {
		return this.childNodes.map((node) => (typeof node === "string" ? node : node.textContent)).join("");
	}

	set textContent(text: string) {
		this.setText(text);
	}

	getText(): string {
		return this.textContent;
	}

	setText(text: string | FakeElement): void {
		this.empty();
		if (typeof text === "string") {
			if (text !== "") this.childNodes.push(text);
		} else {
			this.appendChild(text);
		}
	}

	appendText(text: string): void {
		this.childNodes.push(text);
	}

	createEl(tag: string, info?: DomInfo | string, callback?: (el: FakeElement) => void): FakeElement {
		return this.make(tag, info, callback);
	}

	createDiv(info?: DomInfo | string, callback?: (el: FakeElement) => void): FakeElement {
		return this.make("div", typeof info === "string" ? { cls: info } : info, callback);
	}

	createSpan(info?: DomInfo | string, callback?: (el: FakeElement) => void): FakeElement {
		return this.make("span", typeof info === "string" ? { cls: info } : info, callback);
	}

	private make(tag: string, info?: DomInfo | string, callback?: (el: FakeElement) => void): FakeElement {
		const el = new FakeElement(tag);
		const options: DomInfo = typeof info === "string" ? { text: info } : info ?? {};
		if (options.cls !== undefined) el.addClasses(typeof options.cls === "string" ? options.cls.split(/\s+/) : options.cls);
		if (options.text !== undefined) el.setText(options.text);
		if (options.attr) el.setAttrs(options.attr);
		if (options.title !== undefined) el.title = options.title;
		if (options.value !== undefined) el.value = options.value;
		if (options.type !== undefined) el.type = options.type;
		if (options.placeholder !== undefined) el.placeholder = options.placeholder;
		if (options.href !== undefined) el.href = options.href;
		const parent = options.parent ?? this;
		if (options.prepend) parent.prepend(el);
		else parent.appendChild(el);
		callback?.(el);
		return el;
	}

	/** Appends an element; a fragment's children move over. */
	appendChild<T extends FakeElement>(child: T): T {
		if (child.tagName === "#FRAGMENT") {
			for (const node of child.childNodes.splice(0)) this.adopt(node, this.childNodes.length);
			return child;
		}
		this.adopt(child, this.childNodes.length);
		return child;
	}

	append(...nodes: (FakeElement | string)[]): void {
		for (const node of nodes) {
			if (typeof node === "string") this.childNodes.push(node);
			else this.appendChild(node);
		}
	}

	prepend(child: FakeElement): void {
		this.adopt(child, 0);
	}

	detach(): void {
		if (!this.parent) return;
		const siblings = this.parent.childNodes;
		siblings.splice(siblings.indexOf(this), 1);
		this.parent = null;
	}

	remove(): void {
		this.detach();
	}

	empty(): void {
		for (const child of this.children) child.parent = null;
		this.childNodes.length = 0;
	}

	addClass(...classes: string[]): void {
		for (const cls of classes) if (cls) this.classes.add(cls);
	}

	addClasses(classes: string[]): void {
		this.addClass(...classes);
	}

	removeClass(...classes: string[]): void {
		for (const cls of classes) this.classes.delete(cls);
	}

	removeClasses(classes: string[]): void {
		this.removeClass(...classes);
	}

	toggleClass(classes: string | string[], value: boolean): void {
		for (const cls of typeof classes === "string" ? [classes] : classes) {
			if (value) this.classes.add(cls);
			else this.classes.delete(cls);
		}
	}

	hasClass(cls: string): boolean {
		return this.classes.has(cls);
	}

	get className(): string {
		return [...this.classes].join(" ");
	}

	setAttr(name: string, value: AttrValue): void {
		if (value === null || value === false) this.attributes.delete(name);
		else this.attributes.set(name, String(value));
	}

	setAttrs(attrs: Record<string, AttrValue>): void {
		for (const [name, value] of Object.entries(attrs)) this.setAttr(name, value);
	}

	getAttr(name: string): string | null {
		return this.attributes.get(name) ?? null;
	}

	setAttribute(name: string, value: string): void {
		this.setAttr(name, value);
	}

	getAttribute(name: string): string | null {
		return this.getAttr(name);
	}

	removeAttribute(name: string): void {
		this.attributes.delete(name);
	}

	show(): void {
		this.hidden = false;
	}

	hide(): void {
		this.hidden = true;
	}

	toggle(show: boolean): void {
		if (show) this.show();
		else this.hide();
	}

	isShown(): boolean {
		return !this.hidden;
	}

	setCssStyles(styles: Record<string, string>): void {
		Object.assign(this.style, styles);
	}

	setCssProps(props: Record<string, string>): void {
		Object.assign(this.style, props);
	}

	addEventListener(type: string, listener: Listener): void {
		const list = this.listeners.get(type) ?? [];
		list.push(listener);
		this.listeners.set(type, list);
	}

	removeEventListener(type: string, listener: Listener): void {
		const list = this.listeners.get(type) ?? [];
		const index = list.indexOf(listener);
		if (index !== -1) list.splice(index, 1);
	}

	onClickEvent(listener: Listener): void {
		this.addEventListener("click", listener);
	}

	/** Calls the listeners for the event; async ones are tracked for settle(). */
	dispatchEvent(event: FakeEvent): boolean {
		for (const listener of [...(this.listeners.get(event.type) ?? [])]) {
			try {
				track(listener.call(this, event));
			} catch (error) {
				recordFailure(error);
			}
		}
		return !event.defaultPrevented;
	}

	/** Obsidian's `el.trigger("input")`. */
	trigger(type: string, init?: FakeEventInit): void {
		this.dispatchEvent(new FakeEvent(type, this, init));
	}

	/** A click, as a user makes it: nothing happens on a disabled control. */
	click(): void {
		if (this.disabled) return;
		this.trigger("click");
	}

	focus(): void {
		this.trigger("focus");
	}

	blur(): void {
		this.trigger("blur");
	}

	matches(selector: string): boolean {
		return matchesSelector(this, selector);
	}

	/** Every descendant matching a selector: `tag`, `.cls`, `tag.a.b`, `[attr=v]`, descendants with spaces. */
	findAll(selector: string): FakeElement[] {
		const found: FakeElement[] = [];
		const visit = (el: FakeElement): void => {
			for (const child of el.children) {
				if (child.matches(selector)) found.push(child);
				visit(child);
			}
		};
		visit(this);
		return found;
	}

	find(selector: string): FakeElement | null {
		return this.findAll(selector)[0] ?? null;
	}

	querySelectorAll(selector: string): FakeElement[] {
		return this.findAll(selector);
	}

	querySelector(selector: string): FakeElement | null {
		return this.find(selector);
	}

	instanceOf(type: abstract new (...args: never[]) => unknown): boolean {
		return this instanceof type;
	}

	get innerHTML(): string {
		throw new Error("innerHTML is not allowed in Obsidian plugins; use createEl/setText");
	}

	set innerHTML(_html: string) {
		throw new Error("innerHTML is not allowed in Obsidian plugins; use createEl/setText");
	}

	private adopt(node: Node, index: number): void {
		if (node instanceof FakeElement) {
			node.detach();
			node.parent = this;
		}
		this.childNodes.splice(index, 0, node);
	}
}

export function createFragment(callback?: (fragment: FakeElement) => void): FakeElement {
	const fragment = new FakeElement("#fragment");
	callback?.(fragment);
	return fragment;
}
