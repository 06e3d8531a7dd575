// gray-matter requires 'fs' at load time for matter.read(), which Meeting CRM
// never calls. The plugin bundle maps 'fs' here so it loads on mobile.
export default {};
