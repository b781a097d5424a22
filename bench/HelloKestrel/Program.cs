// A bare Kestrel app answering "hello": the reference that bench/read-path.sh divides the site's throughput by.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
app.MapGet("/", () => "hello");
await app.RunAsync();
