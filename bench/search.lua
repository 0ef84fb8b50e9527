-- wrk script: every request a different search (two words from the corpus's vocabulary, a section or none, an order,
-- a page), so answers kept for repeated searches seldom help: the price of searching afresh over HTTP.
local words = { "kunjungan", "harga", "pasar", "perekonomian", "daerah", "nelayan", "pelabuhan", "pembangunan", "sekolah",
  "banjir", "laut", "menteri", "keuangan", "petani", "penjualan", "keamanan", "desa", "pendidikan", "anak", "senjata",
  "warga", "kota", "presiden", "gubernur", "polisi", "rumah", "pantai", "anggaran", "tulisan", "pukulan", "pertemuan",
  "pelajaran", "permainan", "bangunan", "bacaan", "pendengar", "penglihatan", "pengambilan", "kiriman", "tanaman" }
local sections = { "", "&rubrik=ekonomi", "&rubrik=nasional", "&rubrik=olahraga" }
math.randomseed(os.time())
request = function()
  local a = words[math.random(#words)]
  local b = words[math.random(#words)]
  local path = "/cari/?q=" .. a .. "+" .. b .. sections[math.random(#sections)] .. "&halaman=" .. math.random(3)
  if math.random(2) == 1 then path = path .. "&urut=terbaru" end
  return wrk.format("GET", path)
end
