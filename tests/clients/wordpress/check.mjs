// Drives Warta's REST API with node-wpapi as an app written for WordPress does: discovery from the site's address,
// pages of posts with _embed, the next page from the Link header, then, with an application password, the caller
// (users/me), a draft written, changed, read with context=edit and moved to the trash. Prints one JSON object of what
// it saw; WordPressClientTests checks it. Usage: node check.mjs SITE_URL LOGIN APPLICATION_PASSWORD
import WPAPI from 'wpapi';

const [site, username, password] = process.argv.slice(2);
const seen = {};

const reader = await WPAPI.discover(site);
seen.endpoint = reader._options.endpoint;
const first = await reader.posts().perPage(2).page(1).embed();
seen.firstPage = first.map((p) => p.id);
seen.total = first._paging.total;
seen.totalPages = first._paging.totalPages;
seen.embeddedAuthor = first[0]._embedded?.author?.[0]?.name ?? null;
seen.embeddedTerms = (first[0]._embedded?.['wp:term'] ?? []).flat().map((t) => t.taxonomy);
const second = await first._paging.next.get();
seen.secondPage = second.map((p) => p.id);
seen.categories = (await reader.categories().perPage(100)).map((c) => c.slug);

const staff = (await WPAPI.discover(site)).auth({ username, password });
seen.me = (await staff.users().me()).roles;
const draft = await staff.posts().create({ title: 'Ditulis lewat klien WordPress', content: '<p>Isi dari wpapi.</p>', status: 'draft' });
seen.created = { id: draft.id, status: draft.status };
const changed = await staff.posts().id(draft.id).update({ title: 'Diubah lewat klien WordPress' });
seen.updatedTitle = changed.title.raw;
const edited = await staff.posts().id(draft.id).edit();
seen.editRaw = edited.content.raw;
seen.anonymousSeesDraft = await reader.posts().id(draft.id).then(() => true, (e) => e.code);
const trashed = await staff.posts().id(draft.id).delete();
seen.trashed = trashed.status;

console.log(JSON.stringify(seen));
