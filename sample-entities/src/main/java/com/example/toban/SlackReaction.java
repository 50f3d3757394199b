package com.example.toban;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** An emoji reaction of a user to a message. */
@Entity
@Table(name = "slack_reaction", uniqueConstraints = @UniqueConstraint(
        name = "uq_slack_reaction_message_id_user_id_emoji_name", columnNames = {"message_id", "user_id", "emoji_name"}))
public class SlackReaction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "message_id", nullable = false)
    @OnDelete(action = OnDeleteAction.CASCADE)
    private SlackMessage message;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    @OnDelete(action = OnDeleteAction.CASCADE)
    private SlackUser user;

    @NotNull
    @Size(max = 100)
    @Column(name = "emoji_name", nullable = false, length = 100)
    private String emojiName;

    @Size(max = 100)
    @Column(name = "emoji_code", length = 100)
    private String emojiCode;

    @Column(name = "reaction_datetime")
    private Instant reactionDatetime;

    public SlackReaction() {
    }

    public Long getId() {
        return id;
    }

    public SlackMessage getMessage() {
        return message;
    }

    public void setMessage(SlackMessage message) {
        this.message = message;
    }

    public SlackUser getUser() {
        return user;
    }

    public void setUser(SlackUser user) {
        this.user = user;
    }

    public String getEmojiName() {
        return emojiName;
    }

    public void setEmojiName(String emojiName) {
        this.emojiName = emojiName;
    }

    public String getEmojiCode() {
        return emojiCode;
    }

    public void setEmojiCode(String emojiCode) {
        this.emojiCode = emojiCode;
    }

    public Instant getReactionDatetime() {
        return reactionDatetime;
    }

    public void setReactionDatetime(Instant reactionDatetime) {
        this.reactionDatetime = reactionDatetime;
    }
}
