import type { WebhookHandler } from "@calkit/webhooks";
import type { FastifyInstance } from "fastify";

export function mountOnFastify(fastify: FastifyInstance, webhooks: WebhookHandler) {
  fastify.addContentTypeParser("application/json", { parseAs: "buffer" }, (_req, body, done) =>
    done(null, body),
  );
  fastify.post<{ Body: Buffer }>("/cal", async (request, reply) => {
    const answer = await webhooks.handle({ headers: request.headers, body: request.body });
    return reply.code(answer.status).headers(answer.headers).send(answer.body);
  });
}
