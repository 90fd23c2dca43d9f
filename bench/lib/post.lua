-- wrk script: POST the JSON body in the file named by $BODY (a GraphQL request) with extra headers from $HEADER.
wrk.method = "POST"
local file = assert(io.open(os.getenv("BODY"), "rb"))
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/graphql-response+json"
