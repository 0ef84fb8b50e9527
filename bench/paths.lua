-- wrk script: cycles through the reader pages named in the PATHS environment variable (space-separated), so one
-- load exercises home, articles, lists and feeds together.
local paths = {}
for p in string.gmatch(os.getenv("PATHS") or "/", "%S+") do paths[#paths + 1] = p end
local i = 0
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
