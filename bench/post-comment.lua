-- wrk script: posts a new, distinct comment on every request (a counter keeps the texts apart).
-- BODY_PREFIX and COOKIE come from the environment, prepared by bench/run.sh from a real page visit.
local counter = 0
-- Each wrk thread has its own Lua state with the same default seed; an address makes the states differ.
math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)"), 16) % 100000)
local prefix = os.getenv("BODY_PREFIX")
local cookie = os.getenv("COOKIE")
request = function()
  counter = counter + 1
  local body = prefix .. "&Comment.Comment=Komentar+beban+" .. counter .. "+" .. math.random(1, 1000000000) ..
    "&Comment.Email=b" .. counter .. "x" .. math.random(1, 1000000000) .. "%40bench.example"
  return wrk.format("POST", nil, { ["Content-Type"] = "application/x-www-form-urlencoded", ["Cookie"] = cookie }, body)
end
