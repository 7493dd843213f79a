-- wrk script: small anonymous simulations of a public bundled scenario (POST), each with its own seed.
local n = 0
request = function()
  n = n + 1
  local body = '{"trials": ' .. (os.getenv("LOAD_TRIALS") or "1000") .. ', "seed": ' .. n .. '}'
  return wrk.format("POST", "/api/scenarios/interpol-2021-asia-delegates/simulations",
    {["Content-Type"] = "application/json"}, body)
end
