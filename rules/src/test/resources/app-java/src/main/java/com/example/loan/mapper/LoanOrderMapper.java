package com.example.loan.mapper;

import com.example.loan.domain.LoanOrder;
import org.apache.ibatis.annotations.*;
import org.apache.ibatis.cursor.Cursor;

import java.util.List;
import java.util.Map;

@Mapper
public interface LoanOrderMapper {
    String FIND_SQL = "SELECT * FROM loan_order WHERE order_no = #{orderNo}";

    @Update("UPDATE loan_order SET status = #{status} WHERE order_no = #{orderNo}")
    int markPaid(@Param("orderNo") String orderNo, @Param("status") String status);

    @Select({"SELECT * FROM loan_order", "WHERE order_no = #{orderNo, jdbcType=VARCHAR}"})
    LoanOrder findByOrderNo(String orderNo);

    @Select("SELECT * FROM loan_order WHERE status = #{status}")
    List<LoanOrder> listByStatus(String status);

    @Select(FIND_SQL + " FOR UPDATE")
    LoanOrder lockByOrderNo(String orderNo);

    @Delete("DELETE FROM ${table} WHERE order_no = #{orderNo}")
    int purge(String table, String orderNo);

    @Insert("""
            INSERT INTO loan_order (order_no, status)
            VALUES (#{orderNo}, 'NEW')
            ON DUPLICATE KEY UPDATE status = 'NEW'
            """)
    void upsert(LoanOrder order);

    @Select("<script>SELECT * FROM loan_order <where><if test='no != null'>order_no = #{no}</if></where></script>")
    Cursor<LoanOrder> search(String no);

    @SelectProvider(type = Object.class, method = "build")
    LoanOrder provided(String no);

    /** A constant of another class: not evaluated, skipped. */
    @Select(Queries.BY_ID)
    LoanOrder byId(long id);

    @MapKey("id")
    @Select("SELECT * FROM loan_order")
    Map<Long, LoanOrder> all();

    /** Mapped in LoanOrderMapper.xml. */
    LoanOrder selectByCustomerRef(String customerRef);

    List<LoanOrder> selectAllByStatus(String status);

    int updateStatus(String orderNo, String status);
}
