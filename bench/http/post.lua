-- wrk script: a 600-byte urlencoded form POST, as a school submitting a page.
local fields = {}
local i = 0
local body = ""
while #body < 600 do
  i = i + 1
  table.insert(fields, "frage" .. i .. "=Antwort+mit+Umlauten+%C3%A4%C3%B6%C3%BC+Nr." .. i)
  body = table.concat(fields, "&")
end
wrk.method = "POST"
wrk.body = string.sub(body, 1, 600)
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
