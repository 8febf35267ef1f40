// Integration tests wait on real servers (a consumer group join alone can take seconds), so they
// get a minute each; a project-level `testTimeout` is not honoured by jest 30.
jest.setTimeout(60_000);
