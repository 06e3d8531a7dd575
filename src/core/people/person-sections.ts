// The sections of a person note, in template order (the layout of the seed
// person note users already have). The merge inserts a missing section at its
// place in this order; the built-in template writes them in this order.

export const PERSON_SECTIONS = [
	"Contact Information",
	"Relationship",
	"Background",
	"Projects",
	"Open Tasks",
	"Tasks They Own",
	"Key Facts",
	"Topics Discussed",
	"Recent Context",
	"Profile",
	"Key Decisions",
	"Related Customers",
	"Related",
] as const;

export type PersonSection = (typeof PERSON_SECTIONS)[number];

/** Contact table rows, in order, with the ContactField each row holds. */
export const CONTACT_ROWS = [
	{ label: "Role", field: "role" },
	{ label: "Company", field: "company" },
	{ label: "Department", field: "department" },
	{ label: "Email", field: "email" },
	{ label: "Phone", field: "phone" },
	{ label: "LinkedIn", field: "linkedin" },
	{ label: "Location", field: "location" },
] as const;

/** What a blank contact cell says. */
export const UNKNOWN_CELL = "_Unknown_";
