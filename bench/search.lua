-- wrk script: every request a different search, so answers kept for repeated searches seldom help: the price of
-- searching afresh over HTTP. With QUERIES naming a file (one search per line, as the corpus tool writes for the
-- realistic corpus), searches come from it; otherwise two words from the dense corpus's vocabulary. Either way a
-- section or none, an order and a page are drawn too.
local words = { "kunjungan", "harga", "pasar", "perekonomian", "daerah", "nelayan", "pelabuhan", "pembangunan", "sekolah",
  "banjir", "laut", "menteri", "keuangan", "petani", "penjualan", "keamanan", "desa", "pendidikan", "anak", "senjata",
  "warga", "kota", "presiden", "gubernur", "polisi", "rumah", "pantai", "anggaran", "tulisan", "pukulan", "pertemuan",
  "pelajaran", "permainan", "bangunan", "bacaan", "pendengar", "penglihatan", "pengambilan", "kiriman", "tanaman" }
local queries = nil
local file = os.getenv("QUERIES")
if file and file ~= "" then
  queries = {}
  for line in io.lines(file) do queries[#queries + 1] = line:gsub(" ", "+") end
end
local sections = { "", "&rubrik=ekonomi", "&rubrik=nasional", "&rubrik=olahraga" }
math.randomseed(os.time())
request = function()
  local q
  if queries then q = queries[math.random(#queries)] else q = words[math.random(#words)] .. "+" .. words[math.random(#words)] end
  local path = "/cari/?q=" .. q .. sections[math.random(#sections)] .. "&halaman=" .. math.random(3)
  if math.random(2) == 1 then path = path .. "&urut=terbaru" end
  return wrk.format("GET", path)
end

-- wrk's --latency table stops at p90 and p99; the target also names p95
done = function(summary, latency, requests)
  io.write(string.format("percentiles: p50 %.1f ms  p95 %.1f ms  p99 %.1f ms\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
