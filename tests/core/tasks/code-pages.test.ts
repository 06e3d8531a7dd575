import { describe, expect, it } from "vitest";
import { MAC_ROMAN, MAC_ROMAN_HIGH, UNKNOWN_BYTE, WINDOWS_1252, WINDOWS_1252_HIGH } from "../../../src/core/tasks/code-pages";
import { GARBLERS } from "./garble";

const HIGH_BYTES = Uint8Array.from({ length: 128 }, (_, i) => 0x80 + i);

describe("code page tables", () => {
	it("Mac Roman matches TextDecoder('macintosh') byte for byte", () => {
		expect(MAC_ROMAN_HIGH).toBe(new TextDecoder("macintosh").decode(HIGH_BYTES));
	});

	it("Windows-1252 matches the WHATWG index, undefined bytes as C1 controls", () => {
		expect(WINDOWS_1252_HIGH).toBe(GARBLERS.windows1252(HIGH_BYTES));
		expect([0x81, 0x8d, 0x8f, 0x90, 0x9d].map((byte) => WINDOWS_1252_HIGH.charCodeAt(byte - 0x80))).toEqual([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
	});

	it("maps every character back to its byte", () => {
		for (let i = 0; i < 128; i++) {
			expect(MAC_ROMAN.byteOf(MAC_ROMAN_HIGH.charCodeAt(i))).toBe(0x80 + i);
			expect(WINDOWS_1252.byteOf(WINDOWS_1252_HIGH.charCodeAt(i))).toBe(0x80 + i);
		}
		expect(MAC_ROMAN.byteOf("a".charCodeAt(0))).toBe(0x61);
		expect(MAC_ROMAN.byteOf("📅".charCodeAt(0))).toBeUndefined();
	});

	it("reads Windows-1252 leniently: Latin-1 controls and U+FFFD", () => {
		expect(WINDOWS_1252.byteOf(0x92)).toBe(0x92);
		expect(WINDOWS_1252.byteOf(0xfffd)).toBe(UNKNOWN_BYTE);
		expect(MAC_ROMAN.byteOf(0xfffd)).toBeUndefined();
	});

	it("knows Mac Roman's older ¤ and ohm sign", () => {
		expect(MAC_ROMAN.byteOf(0x00a4)).toBe(0xdb);
		expect(MAC_ROMAN.byteOf(0x2126)).toBe(0xbd);
	});
});
