-- wrk script for bench/soak.sh: a newsroom's reader mix (home, stories, sections, tags, search, feeds) with a comment
-- post every COMMENT_EVERY requests, counting every status per thread so the summary tells errors (5xx, socket) from
-- the defences' answers (429, 409), which are not errors.
local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  counts = {}
  paths = {}
  for p in string.gmatch(os.getenv("PATHS") or "/", "%S+") do paths[#paths + 1] = p end
  every = tonumber(os.getenv("COMMENT_EVERY") or "50")
  action = os.getenv("COMMENT_ACTION")
  cookie = os.getenv("COMMENT_COOKIE")
  antiforgery = os.getenv("COMMENT_ANTIFORGERY")
  timer = os.getenv("COMMENT_TIMER")
  n = 0
end

local function escape(s)
  return (string.gsub(s, "[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function request()
  n = n + 1
  if action and n % every == 0 then
    local body = "__RequestVerificationToken=" .. escape(antiforgery) .. "&Comment.Token=" .. escape(timer)
      .. "&Comment.Author=Pembaca+Soak&Comment.Email=soak" .. id .. "-" .. n .. "-" .. (os.getenv("ROUND") or "0") .. "%40bench.example"
      .. "&Comment.Comment=" .. escape("Komentar uji ketahanan nomor " .. n .. " dari utas " .. tostring(id) .. " menit " .. (os.getenv("ROUND") or "0"))
    return wrk.format("POST", action, { ["Content-Type"] = "application/x-www-form-urlencoded", ["Cookie"] = cookie }, body)
  end
  return wrk.format("GET", paths[(n % #paths) + 1])
end

function response(status, headers, body)
  counts[status] = (counts[status] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("counts")) do total[status] = (total[status] or 0) + count end
  end
  local keys = {}
  for status in pairs(total) do keys[#keys + 1] = status end
  table.sort(keys)
  for _, status in ipairs(keys) do io.write(string.format("status %d %d\n", status, total[status])) end
  io.write(string.format("socket %d %d %d %d\n", summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
end
