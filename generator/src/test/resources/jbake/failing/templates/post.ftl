${content.body}
