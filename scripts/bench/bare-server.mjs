// The baseline for benchmark (a): a bare Node HTTP server that reads the body and answers 201.
import http from 'node:http';
const port = Number(process.argv[2]);
http
  .createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(201, { 'content-type': 'application/json' });
      res.end('{"status":"confirmed"}');
    });
  })
  .listen(port, '127.0.0.1', () => process.send?.('ready'));
