-- wrk script: every request a different search, so answers kept for repeated searches seldom help: the price of
-- searching afresh over HTTP. With QUERIES naming a file (one search per line, as the corpus tool writes for the
-- realistic corpus: the search, a tab, how many result pages it has), searches come from it; otherwise two words from
-- the dense corpus's vocabulary. Either way an order and a page that exists are drawn too, and a section filter on
-- first pages (a filtered search may have fewer pages): every answer is a result page, never a 404 past the end.
local words = { "kunjungan", "harga", "pasar", "perekonomian", "daerah", "nelayan", "pelabuhan", "pembangunan", "sekolah",
  "banjir", "laut", "menteri", "keuangan", "petani", "penjualan", "keamanan", "desa", "pendidikan", "anak", "senjata",
  "warga", "kota", "presiden", "gubernur", "polisi", "rumah", "pantai", "anggaran", "tulisan", "pukulan", "pertemuan",
  "pelajaran", "permainan", "bangunan", "bacaan", "pendengar", "penglihatan", "pengambilan", "kiriman", "tanaman" }
local queries = nil
local file = os.getenv("QUERIES")
if file and file ~= "" then
  queries = {}
  for line in io.lines(file) do
    local q, pages = line:match("^(.-)\t(%d+)$")
    queries[#queries + 1] = { q = q:gsub(" ", "+"), pages = tonumber(pages) }
  end
end
local sections = { "", "&rubrik=ekonomi", "&rubrik=nasional", "&rubrik=olahraga" }
math.randomseed(os.time())
request = function()
  local q, pages
  if queries then
    local pick = queries[math.random(#queries)]
    q, pages = pick.q, pick.pages
  else
    q, pages = words[math.random(#words)] .. "+" .. words[math.random(#words)], 3
  end
  local page = math.random(math.min(3, pages))
  local section = ""
  if page == 1 then section = sections[math.random(#sections)] end
  local path = "/cari/?q=" .. q .. section .. "&halaman=" .. page
  if math.random(2) == 1 then path = path .. "&urut=terbaru" end
  return wrk.format("GET", path)
end

-- wrk's --latency table stops at p90 and p99; the target also names p95
done = function(summary, latency, requests)
  io.write(string.format("percentiles: p50 %.1f ms  p95 %.1f ms  p99 %.1f ms\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
